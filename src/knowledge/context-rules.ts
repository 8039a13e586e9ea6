// What the sentence around an actor phrase adds to its code: the country when the phrase names none,
// a sector noun after a bare demonym, "former", a capital used as a place, "ethnic". Each rule is a
// small function; REFINERS is their order.
import { type CodedActor, codeParts, countryless } from './actor-code.js';
import { entryAt, withAgent } from './code-phrase.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { type Word, words } from './phrase-key.js';
import { type AgentMatch, type Match, scanWords } from './scan.js';

const CONJUNCTIONS = new Set(['and', 'or', '&']);
const FORMER = new Set(['former', 'ousted', 'deposed', 'ex', 'exiled']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'to', 'into', 'from', 'around', 'outside', 'inside']);

/**
 * The sector noun right after `end` in `text`, looking past coordinated names: "Hungarian" in
 * "Hungarian and Romanian officials" gets "officials".
 */
function agentAfter(text: string, end: number, kb: KnowledgeBase): AgentMatch | undefined {
  const next = words(text, end, Math.min(text.length, end + 200)).slice(0, 3 * kb.maxAgentWords);
  const matches = scanWords(text, next, kb);
  let expect = 0;
  for (const m of matches) {
    if (next[expect] && CONJUNCTIONS.has(next[expect].key) && m.kind === 'name') expect++;
    if (m.first !== expect) return undefined;
    if (m.kind === 'agent') return m;
    expect = m.last;
  }
  return undefined;
}

/** The keys of the `n` words before offset `at`, nearest last. */
function wordsBefore(text: string, at: number, n: number): string[] {
  return words(text.slice(Math.max(0, at - 40), at))
    .slice(-n)
    .map((w) => w.key);
}

/** Where a phrase sits: its words and matches, and its context with the phrase's offset in it (-1: not found). */
export interface Site {
  ws: readonly Word[];
  matches: readonly Match[];
  context: string;
  at: number;
  date: string | null;
  kb: KnowledgeBase;
}

/** "Ousted President Askar Akayev", "former president Carlos Menem": an elite, no longer in office. */
function formerly(coded: CodedActor, { ws, context, at, kb }: Site): CodedActor {
  const cue =
    ws.some((w) => FORMER.has(w.key)) || (at >= 0 && wordsBefore(context, at, 2).some((w) => FORMER.has(w)));
  if (!cue || !coded.country || coded.sector === 'ELI') return coded;
  return { ...coded, ...codeParts(`${coded.country}ELI`, kb) };
}

/** A capital after a preposition ("rioting in Baghdad") is the place and its people, not the government. */
function asPlace(coded: CodedActor, { ws, context, at, kb }: Site): CodedActor {
  if (coded.sector !== 'GOV' || coded.kb !== coded.country) return coded;
  const before =
    ws.length > 0 && PREPOSITIONS.has(ws[0].key)
      ? ws[0].key
      : at >= 0
        ? (wordsBefore(context, at, 1)[0] ?? '')
        : '';
  return PREPOSITIONS.has(before) ? { ...coded, ...codeParts(`${coded.country}CVL`, kb) } : coded;
}

/** The country named nearest to `[start, end)` in the context, outside it. */
function nearestCountry(
  context: string,
  start: number,
  end: number,
  kb: KnowledgeBase,
  date: string | null,
  exclude = '',
) {
  const ws = words(context);
  let best: { distance: number; country: string } | null = null;
  for (const m of scanWords(context, ws, kb)) {
    if (m.kind !== 'name') continue;
    const at = entryAt(m, date);
    const country = at ? codeParts(at.code, kb).country : '';
    const s = ws[m.first].start;
    const e = ws[m.last - 1].end;
    if (!country || country === exclude || (s < end && e > start)) continue;
    const distance = e <= start ? start - e : s - end;
    if (!best || distance < best.distance) best = { distance, country };
  }
  return best?.country ?? '';
}

/** "ethnic Albanians": the demonym is the people's origin; the country is the one they live in. */
function ethnic(coded: CodedActor, { ws, context, at, date, kb }: Site): CodedActor {
  if (!ws.some((w) => w.key === 'ethnic') || coded.countryFrom === 'place') return coded;
  const from = Math.max(at, 0);
  const end = from + (ws.at(-1)?.end ?? 0);
  const country = context ? nearestCountry(context, from, end, kb, date, coded.country) : '';
  const parts = codeParts((country || coded.country) + (coded.sector || 'CVL'), kb);
  return { ...coded, ...parts, ...(country ? { countryFrom: 'context' as const } : {}) };
}

/** "Israeli" in "Israeli troops": a bare demonym takes the sector noun that follows it in the context. */
function sectorAfter(coded: CodedActor, { matches, context, at, ws, kb }: Site): CodedActor {
  if (coded.sector || coded.kb !== coded.country || at < 0 || matches.some((m) => m.kind === 'agent'))
    return coded;
  const agent = agentAfter(context, at + (ws.at(-1)?.end ?? 0), kb);
  return agent ? { ...coded, ...codeParts(withAgent(coded.code, agent, kb), kb) } : coded;
}

/** Rules applied in order to a phrase's code, each reading the phrase's words and context. */
export const REFINERS: ReadonlyArray<(coded: CodedActor, site: Site) => CodedActor> = [
  ethnic,
  formerly,
  asPlace,
  sectorAfter,
];

/** A phrase naming no country ("President Ruto") takes the nearest country named in the context. */
export function contextCountry(coded: CodedActor | null, site: Site, text: string): CodedActor | null {
  const { context, at, ws, kb, date } = site;
  if (coded?.country || (coded?.kb && countryless(coded.code, kb)) || !context) return coded;
  const from = Math.max(at, 0);
  const country = nearestCountry(context, from, from + (ws.at(-1)?.end ?? 0), kb, date);
  if (!country) return coded;
  const sector = coded?.sector ?? '';
  return {
    code: country + sector,
    country,
    sector,
    name: coded?.name ?? text.trim(),
    countryFrom: 'context',
  };
}
