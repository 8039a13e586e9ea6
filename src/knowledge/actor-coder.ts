// Codes an actor phrase ("North Korea's state media", "President Obama", "Chinese officials") as a
// CAMEO actor valid at a date: the phrase's person or organisation if the knowledge base knows it,
// else its country (name, demonym or capital) with the sector of its agent noun.
import { codeAt, codeParts, countryless } from './actor-code.js';
import { fuzzyCountry } from './fuzzy-country.js';
import type { KbEntry, KnowledgeBase, Place } from './knowledge-base.js';
import { type Word, words } from './phrase-key.js';
import { type AgentMatch, type Match, type NameMatch, scanWords } from './scan.js';

export interface CodedActor {
  code: string;
  country: string;
  sector: string;
  /** canonical name: the knowledge base's for a known person, organisation or country, else the text */
  name: string;
  /** knowledge-base id of the person, organisation or country the code came from */
  kb?: string;
  /** where the country came from when not from the head name: the sentence around ("context"), or a
   * country the phrase places the actor in ("place": "Albanians of southern Serbia") */
  countryFrom?: 'context' | 'place';
}

export interface CodeOptions {
  /** the sentence or passage the phrase was taken from */
  context?: string;
  /** YYYY-MM-DD: the date the codes must be valid at (the article's publication date); null = any */
  date?: string | null;
  /** fill a missing country from the nearest one the context names (default true; the link stage says false) */
  countryFromContext?: boolean;
}

/** The first entry of a name match that has a code at `date` (so "Xi Jinping" in 2000 falls through). */
function entryAt(m: NameMatch, date: string | null): { entry: KbEntry; code: string; place?: Place } | null {
  for (const hit of m.hits) {
    const code = codeAt(hit.entry.codes, date);
    if (code) return { entry: hit.entry, code, place: hit.place };
  }
  return null;
}

function withAgent(base: string, agent: AgentMatch | undefined, kb: KnowledgeBase): string {
  if (!agent) return base;
  if (agent.code.startsWith('~')) {
    const roles = agent.code.slice(1);
    // a code that already has a sector keeps it: "KCNA" stays PRKMED, "Kim Jong Un" PRKGOV
    return codeParts(base, kb).sector ? base : base + roles;
  }
  return agent.code.replace('~', '');
}

/** Codes the words `ws` of `text` — a whole phrase, or a window the link stage chose. */
export function codeMatches(
  text: string,
  ws: readonly Word[],
  matches: readonly Match[],
  kb: KnowledgeBase,
  date: string | null,
): CodedActor | null {
  const names = matches.filter((m): m is NameMatch => m.kind === 'name');
  const agents = matches.filter((m): m is AgentMatch => m.kind === 'agent');
  const resolved = names.map((m) => ({ m, at: entryAt(m, date) }));
  // a name hyphened to the next word modifies what follows ("NATO-member Norway"), unless nothing else is named
  const modifier = (r: (typeof resolved)[number]) => text[ws[r.m.last - 1].end] === '-';
  const heads = resolved.some((r) => r.at && !modifier(r)) ? resolved.filter((r) => !modifier(r)) : resolved;
  const actor = heads.find((r) => r.at && r.at.entry.kind === 'actor');
  const country = heads.find((r) => r.at && r.at.entry.kind === 'country');
  const head = actor ?? country;
  if (!head?.at) {
    // a known name with no code at this date still tells the country ("Xi Jinping" in 1990)
    const known = names[0]?.hits[0]?.entry;
    if (known) {
      const { country: c } = codeParts(known.codes[0].code, kb);
      if (c) return { code: c, country: c, sector: '', name: known.name, kb: known.id };
    }
    // a sector noun alone ("officials", "President Ruto"): the sector, the country still unknown
    const agent = agents.at(-1);
    if (!agent?.code.startsWith('~')) return null;
    return { ...codeParts(agent.code.slice(1), kb), name: text };
  }
  const { entry, place: site } = head.at;
  // the sector noun that heads the phrase: the last one after the name ("Chinese Communist Party official")
  const agent = agents.filter((a) => a.first >= head.m.last).at(-1) ?? agents.at(-1);
  let code = withAgent(head.at.code, agent, kb);
  const people = names.some((n) => n.plural && n.first >= head.m.first); // "Algerians", "Bosnian Serbs"
  // a dated code is an office held ("Kofi Annan" IGOUNO 1997–2006): an international body's office holder governs it
  const office = entry.codes.some((c) => c.code === head.at?.code && (c.from || c.to));
  if (!agent && office && code.startsWith('IGO') && !codeParts(code, kb).sector) code = `${code}GOV`;
  if (!agent && entry.kind === 'country') {
    // "Pyongyang said": the government; "Jericho", a city: its people; "Algerians", "Bosnian Serbs": people
    if (site === 'capital') code = `${code}GOV`;
    else if (site === 'city' || people) code = `${code}CVL`;
  }
  // "Albanians of southern Serbia", "King Hassan of Morocco": a country named after "of"/"in" is where they are
  const place = resolved.findLast(
    (r) =>
      r.m.first >= head.m.last && r.at?.entry.kind === 'country' && !r.at.place && locative(ws, r.m.first),
  );
  const placeCountry = place?.at ? codeParts(place.at.code, kb).country : '';
  const placed = placeCountry !== '' && kb.countries.has(code.slice(0, 3));
  if (placed) code = placeCountry + code.slice(3);
  const name = entry.kind === 'country' && agent ? text : entry.name;
  return { ...codeParts(code, kb), name, kb: entry.id, ...(placed ? { countryFrom: 'place' as const } : {}) };
}

/** True when one of the four words before word `i` is "of" or "in" ("of the Israeli-occupied West Bank"). */
function locative(ws: readonly Word[], i: number): boolean {
  return ws.slice(Math.max(0, i - 4), i).some((w) => w.key === 'of' || w.key === 'in');
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);
const FORMER = new Set(['former', 'ousted', 'deposed', 'ex', 'exiled']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'to', 'into', 'from', 'around', 'outside', 'inside']);

/**
 * The sector noun right after `end` in `text`, looking past coordinated names: "Hungarian" in
 * "Hungarian and Romanian officials" gets "officials".
 */
function agentAfter(text: string, end: number, kb: KnowledgeBase): AgentMatch | undefined {
  const next = words(text, end).slice(0, 3 * kb.maxAgentWords);
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
interface Site {
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
const REFINERS: ReadonlyArray<(coded: CodedActor, site: Site) => CodedActor> = [
  ethnic,
  formerly,
  asPlace,
  sectorAfter,
];

/** A phrase naming no country ("President Ruto") takes the nearest country named in the context. */
function contextCountry(coded: CodedActor | null, site: Site, text: string): CodedActor | null {
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

/** When a phrase names nothing the knowledge base knows, a capitalised word may be a misspelt country. */
function withMisspeltCountry(
  text: string,
  ws: readonly Word[],
  matches: Match[],
  kb: KnowledgeBase,
): Match[] {
  if (matches.some((m) => m.kind === 'name')) return matches;
  const taken = new Set(
    matches.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)),
  );
  for (const [i, w] of ws.entries()) {
    if (taken.has(i) || !/^\p{Lu}/u.test(text[w.start])) continue;
    const hits =
      fuzzyCountry(kb, w.key) ?? (w.key.endsWith('s') ? fuzzyCountry(kb, w.key.slice(0, -1)) : undefined);
    if (!hits?.length) continue;
    const plural = !fuzzyCountry(kb, w.key);
    const match: NameMatch = {
      kind: 'name',
      first: i,
      last: i + 1,
      hits,
      ...(plural ? { plural: true as const } : {}),
    };
    return [...matches, match].sort((a, b) => a.first - b.first);
  }
  return matches;
}

/**
 * Codes one actor phrase. The context, when given, fills what the phrase leaves out: the sector noun
 * right after it ("Israeli" in "Israeli troops") and, for a phrase naming no country ("President
 * Ruto"), the nearest country named in the context.
 */
export function codeActor(text: string, kb: KnowledgeBase, options: CodeOptions = {}): CodedActor | null {
  const ws: Word[] = words(text);
  const matches = withMisspeltCountry(text, ws, scanWords(text, ws, kb), kb);
  const context = options.context ?? '';
  const site: Site = { ws, matches, context, at: context.indexOf(text), date: options.date ?? null, kb };
  let coded = codeMatches(text.trim(), ws, matches, kb, site.date);
  if (options.countryFromContext !== false) coded = contextCountry(coded, site, text);
  if (coded) for (const refine of REFINERS) coded = refine(coded, site);
  return coded;
}
