// Role probes: hand-written news sentences with the main event's type and the countries of its source and
// target (test/stages/events/role-probes.txt). The actors are marked as the probe says, so the score
// measures who the stage makes source and target — the syntax of the sentence — not actor coding.
import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, Entity, Mention } from '../doc/schema.js';
import { span } from '../doc/span.js';
import { countries, sameSet } from './events.js';
import { probeRunner } from './probe-run.js';

export interface RoleProbe {
  line: number;
  /** the syntax that decides the roles ("passive-by", "relative", …) */
  form: string;
  type: string;
  source: string[];
  target: string[];
  actors: { text: string; code: string; person: boolean }[];
  sentence: string;
}

const sideList = (s: string) => (s === '-' ? [] : s.split('+').sort());

/** The probes of a file: `form | TYPE | SOURCES>TARGETS | Text=CODE[/P]; … | sentence`, `#` comments. */
export function readRoleProbes(path: string): RoleProbe[] {
  const probes: RoleProbe[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const [form, type, sides, marks, sentence] = line.split(/\s*\|\s*/);
      const [source, target] = sides.split('>');
      if (!sentence || target === undefined) throw new Error(`role probes line ${i + 1}: ${line}`);
      const actors = marks.split(/\s*;\s*/).map((mark) => {
        const [text, code] = mark.split('=');
        return { text, code: code.replace('/P', ''), person: code.endsWith('/P') };
      });
      probes.push({
        line: i + 1,
        form,
        type,
        source: sideList(source),
        target: sideList(target),
        actors,
        sentence,
      });
    });
  return probes;
}

/** An IGO or NGO has no country: its whole code stands for it. */
const countryOf = (code: string) => (/^(?:IGO|NGO)/.test(code) ? code : code.slice(0, 3));

/** The probe's actors as the only mentions: every whole-word occurrence, longer names first. */
function markActors(doc: AnalyzedArticle, probe: RoleProbe): AnalyzedArticle {
  const text = doc.text;
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (const actor of [...probe.actors].sort((a, b) => b.text.length - a.text.length)) {
    const id = `p${entities.length}`;
    const type = actor.person ? 'PER' : 'ORG';
    for (let at = text.indexOf(actor.text); at !== -1; at = text.indexOf(actor.text, at + 1)) {
      const end = at + actor.text.length;
      if (word.test(text[at - 1] ?? '') || word.test(text[end] ?? '')) continue;
      if (mentions.some((m) => at < m.end && m.start < end)) continue;
      mentions.push({ ...span(text, at, end), type, entity: id });
    }
    const country = countryOf(actor.code);
    const sector = actor.code.slice(country.length);
    entities.push({ id, name: actor.text, type, actor: { code: actor.code, country, sector }, mentions: [] });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const e of entities) e.mentions = mentions.flatMap((m, i) => (m.entity === e.id ? [i] : []));
  return { ...doc, mentions, entities };
}

export interface ProbeResult {
  probe: RoleProbe;
  type: string | null;
  trigger: string | null;
  source: string[];
  target: string[];
  typeOk: boolean;
  sourceOk: boolean;
  targetOk: boolean;
}

/**
 * Whether the predicted source and target countries are the wanted ones; a reciprocal event's parties
 * (several sources wanted, no target) may stand on either side of the prediction.
 */
export function sidesRight(
  source: readonly string[],
  target: readonly string[],
  wantSource: readonly string[],
  wantTarget: readonly string[],
): { sourceOk: boolean; targetOk: boolean } {
  const reciprocal = wantTarget.length === 0 && wantSource.length > 1;
  const parties = [...new Set([...source, ...target])];
  const sourceOk = reciprocal ? sameSet(parties, wantSource) : sameSet(source, wantSource);
  return { sourceOk, targetOk: reciprocal ? sourceOk : sameSet(target, wantTarget) };
}

/** The stage's main event for every probe, compared with the probe's type, source and target. */
export function runRoleProbes(probes: readonly RoleProbe[]): ProbeResult[] {
  const run = probeRunner();
  return probes.map((probe) => {
    const { doc, event } = run(probe.sentence, (d) => markActors(d, probe));
    const source = countries(doc, event?.source ?? null);
    const target = countries(doc, event?.target ?? null);
    const { sourceOk, targetOk } = sidesRight(source, target, probe.source, probe.target);
    const type = event?.type ?? null;
    const trigger = event?.trigger.text ?? null;
    return { probe, type, trigger, source, target, typeOk: type === probe.type, sourceOk, targetOk };
  });
}

export interface FormScore {
  probes: number;
  type: number;
  source: number;
  target: number;
  /** source and target both right */
  roles: number;
}

/** Accuracy per form, and over all probes (form `all`). */
export function scoreByForm(results: readonly ProbeResult[]): Map<string, FormScore> {
  const out = new Map<string, FormScore>();
  const add = (form: string, r: ProbeResult) => {
    const s = out.get(form) ?? { probes: 0, type: 0, source: 0, target: 0, roles: 0 };
    s.probes++;
    s.type += Number(r.typeOk);
    s.source += Number(r.sourceOk);
    s.target += Number(r.targetOk);
    s.roles += Number(r.sourceOk && r.targetOk);
    out.set(form, s);
  };
  for (const r of results) add(r.probe.form, r);
  for (const r of results) add('all', r);
  return out;
}
