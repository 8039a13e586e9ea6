// End-to-end actor probes (test/stages/events/actor-probes-e2e.txt): hand-written news sentences with the
// countries (and where given the sectors) of the main event's source and target. The whole pipeline runs on
// each sentence, so a probe measures entity detection, actor coding and the choice of source and target
// together. The probes split into halves by a hash of the sentence: rules come from half a, half b checks.
import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, Event } from '../doc/schema.js';
import { ploverBucket } from '../knowledge/plover-split.js';
import { sidesRight } from './event-probes.js';
import { countries } from './events.js';
import { probeRunner } from './probe-run.js';

export type ProbeHalf = 'a' | 'b';

/** One side of a probe: its countries, and the sectors the probe names (scored only when given). */
interface ProbeSide {
  countries: string[];
  sectors: string[];
}

export interface ActorProbe {
  line: number;
  form: string;
  half: ProbeHalf;
  source: ProbeSide;
  target: ProbeSide;
  sentence: string;
}

/** Codes that stand for themselves: international and non-state actors have no country. */
const NO_COUNTRY = /^(?:IGO|NGO|IMG|MNC)/;

function readSide(text: string): ProbeSide {
  const codes = text === '-' ? [] : text.split('+');
  return {
    countries: [...new Set(codes.map((c) => c.slice(0, 3)))].sort(),
    sectors: codes.filter((c) => c.length >= 6 && !NO_COUNTRY.test(c)).map((c) => c.slice(3, 6)),
  };
}

/** Half a or b of a sentence (FNV-1a of the sentence, even or odd bucket). */
export const probeHalf = (sentence: string): ProbeHalf => (ploverBucket(sentence) % 2 === 0 ? 'a' : 'b');

/** The probes of a file: `form | SOURCES>TARGETS | sentence`, `#` comments. */
export function readActorProbes(path: string): ActorProbe[] {
  const probes: ActorProbe[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const [form, sides, sentence] = line.split(/\s*\|\s*/);
      const [source, target] = (sides ?? '').split('>');
      if (!sentence || target === undefined) throw new Error(`actor probes line ${i + 1}: ${line}`);
      probes.push({
        line: i + 1,
        form,
        half: probeHalf(sentence),
        source: readSide(source),
        target: readSide(target),
        sentence,
      });
    });
  return probes;
}

/** Sectors of an event side's entities. */
function sectors(doc: AnalyzedArticle, side: Event['source'] | null): string[] {
  if (!side || side.inferred) return [];
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  return side.entities.map((id) => byId.get(id)?.actor?.sector ?? '').filter((s) => s !== '');
}

export interface ActorProbeResult {
  probe: ActorProbe;
  trigger: string | null;
  source: string[];
  target: string[];
  /** the source's and target's entities as name=code, for the listing */
  sourceText: string[];
  targetText: string[];
  sourceOk: boolean;
  targetOk: boolean;
  /** every sector the probe names is among the side's sectors (true when it names none) */
  sectorOk: boolean;
}

/** The pipeline's main event for every probe, its source/target countries compared with the probe's. */
export function runActorProbes(probes: readonly ActorProbe[]): ActorProbeResult[] {
  const run = probeRunner();
  return probes.map((probe) => {
    const { doc, event } = run(probe.sentence);
    const source = countries(doc, event?.source ?? null);
    const target = countries(doc, event?.target ?? null);
    const { sourceOk, targetOk } = sidesRight(source, target, probe.source.countries, probe.target.countries);
    const sourceSectors = sectors(doc, event?.source ?? null);
    const targetSectors = sectors(doc, event?.target ?? null);
    const sectorOk =
      probe.source.sectors.every((s) => sourceSectors.includes(s)) &&
      probe.target.sectors.every((s) => targetSectors.includes(s));
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    const text = (side: Event['source'] | null) =>
      side?.inferred
        ? [`(inferred ${side.code})`]
        : (side?.entities ?? []).map((id) => `${byId.get(id)?.name}=${byId.get(id)?.actor?.code ?? '?'}`);
    return {
      probe,
      trigger: event?.trigger.text ?? null,
      source,
      target,
      sourceText: text(event?.source ?? null),
      targetText: text(event?.target ?? null),
      sourceOk,
      targetOk,
      sectorOk,
    };
  });
}

export interface ActorProbeScore {
  probes: number;
  source: number;
  target: number;
  /** probes whose source or target names a sector, and how many of them have it */
  sectorProbes: number;
  sector: number;
}

/** Scores of a set of results. */
export function scoreActorProbes(results: readonly ActorProbeResult[]): ActorProbeScore {
  const named = results.filter((r) => r.probe.source.sectors.length + r.probe.target.sectors.length > 0);
  return {
    probes: results.length,
    source: results.filter((r) => r.sourceOk).length,
    target: results.filter((r) => r.targetOk).length,
    sectorProbes: named.length,
    sector: named.filter((r) => r.sectorOk).length,
  };
}
