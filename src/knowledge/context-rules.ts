// What the sentence around an actor phrase adds to its code: the country when the phrase names none,
// a sector noun after a bare demonym, "former", a capital used as a place, "ethnic". Each rule is a
// small function; REFINERS is their order.

import { type CodedActor, codeAt, codeParts, countryless, hasRole, religionOf } from './actor-code.js';
import { backoffAgent } from './backoff-head.js';
import { entryAt, withAgent } from './code-phrase.js';
import { described } from './described.js';
import type { KnowledgeBase, NameHit } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import { type AgentMatch, beforeSponsor, type Match, type NameMatch, scanWords } from './scan.js';
import { lexiconSet } from './word-set.js';

/**
 * A phrase in its text: `source` is the text every offset refers to; the phrase is `[start, end)` with
 * words `ws` and matches `matches`; `around` are the words of its context the rules may read, in order
 * (a sentence's; null: the phrase alone). `embedded` is false when the context was given apart from the
 * phrase (so no words lie next to it).
 */
export interface Site {
  source: string;
  start: number;
  end: number;
  ws: readonly Word[];
  matches: readonly Match[];
  around: readonly Word[] | null;
  embedded: boolean;
  date: string | null;
  kb: KnowledgeBase;
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);
const formerCues = lexiconSet('former-cues.txt');
const placePrepositions = lexiconSet('place-prepositions.txt');
const addresseeParticles = lexiconSet('addressee-particles.txt');
const nonActorHeads = lexiconSet('non-actor-heads.txt');
const ethnicCues = lexiconSet('ethnic-cues.txt');
const forceVerbs = lexiconSet('force-verbs.txt');
const peopleCounts = lexiconSet('people-counts.txt');
const settlementNouns = lexiconSet('settlement-nouns.txt');

/**
 * The sector noun right after the phrase, looking past coordinated names: "Hungarian" in "Hungarian and
 * Romanian officials" gets "officials".
 */
function agentAfter({ source, end, around, kb }: Site): AgentMatch | undefined {
  const from = around?.findIndex((w) => w.start >= end) ?? -1;
  if (!around || from < 0) return undefined;
  // "sue Saudi Arabia, Democratic nominee Hillary Clinton": a noun past punctuation is another phrase's
  if (/[,.;:()"]/.test(source.slice(end, around[from].start))) return undefined;
  // most names are followed by neither a sector noun nor "and": nothing to scan
  const first = around[from].key;
  if (!kb.agentSpans.has(first) && !CONJUNCTIONS.has(first)) return backoffAgent(kb, around[from], 0);
  const next = around.slice(from, from + 3 * kb.maxAgentWords);
  const matches = scanWords(source, next, kb);
  let expect = 0;
  for (const m of matches) {
    if (next[expect] && CONJUNCTIONS.has(next[expect].key) && m.kind === 'name') expect++;
    if (m.first !== expect) return undefined;
    // "a U.N. military presence": the sector word is an adjective of a noun that is no actor
    if (m.kind === 'agent') return nonActorHeads().has(next[m.last]?.key ?? '') ? undefined : m;
    expect = m.last;
  }
  return undefined;
}

/** The keys of the `n` words before the phrase (within its window), nearest last. */
function wordsBefore({ start, around, embedded }: Site, n: number): string[] {
  if (!embedded || !around) return [];
  let i = around.findIndex((w) => w.end > start);
  if (i < 0) i = around.length;
  return around.slice(Math.max(0, i - n), i).map((w) => w.key);
}

/** "Ousted President Askar Akayev", "former president Carlos Menem": an elite, no longer in office. */
function formerly(coded: CodedActor, site: Site): CodedActor {
  const cues = formerCues();
  const cue = site.ws.some((w) => cues.has(w.key)) || wordsBefore(site, 2).some((w) => cues.has(w));
  if (!cue || !coded.country || coded.sector === 'ELI') return coded;
  return { ...coded, ...codeParts(`${coded.country}ELI`, site.kb) };
}

/**
 * A capital after a preposition ("rioting in Baghdad") or as the object of a verb of force ("rebels shelled
 * the capital Juba") is the place and its people, not the government.
 */
function asPlace(coded: CodedActor, site: Site): CodedActor {
  if (coded.sector !== 'GOV' || coded.kb !== coded.country) return coded;
  const places = placePrepositions();
  const first = site.ws[0]?.key ?? '';
  const before = places.has(first) ? first : (wordsBefore(site, 1)[0] ?? '');
  const capital =
    site.matches.length === 1 && site.matches[0].kind === 'name' && site.matches[0].hits[0]?.place;
  const place = (places.has(before) && !addressed(site, first === before)) || (capital && forcedUpon(site));
  return place ? { ...coded, ...codeParts(`${coded.country}CVL`, site.kb) } : coded;
}

/**
 * True when the preposition before a capital is a verb's that names whom it addresses ("called on Beijing
 * to stop", "appealed to Moscow"): the government is meant. `inPhrase`: the preposition opens the phrase.
 */
function addressed(site: Site, inPhrase: boolean): boolean {
  const words = inPhrase ? [...wordsBefore(site, 4), site.ws[0].key] : wordsBefore(site, 5);
  for (let k = 2; k <= words.length; k++)
    if (addresseeParticles().has(words.slice(-k).join(' '))) return true;
  return false;
}

/**
 * A name the phrase gives no sector, right after "town of", "village of" ("a curfew in the town of
 * Cizre"), is that place: its people (CVL), like a city the knowledge base knows.
 */
function settlement(coded: CodedActor, site: Site): CodedActor {
  if (coded.sector || !coded.country || site.matches.some((m) => m.kind === 'agent')) return coded;
  const [noun, of] = wordsBefore(site, 2);
  if (of !== 'of' || !settlementNouns().has(noun) || !/^\p{Lu}/u.test(site.source[site.start])) return coded;
  return { ...coded, ...codeParts(`${coded.country}CVL`, site.kb) };
}

/** True when a verb of force stands up to five words before the phrase, in the same clause. */
function forcedUpon({ source, start, around, embedded }: Site): boolean {
  if (!embedded || !around) return false;
  let i = around.findIndex((w) => w.end > start);
  if (i < 0) i = around.length;
  const verbs = forceVerbs();
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    if (/[,;:.]/.test(source.slice(around[j].end, j + 1 < i ? around[j + 1].start : start))) return false;
    if (verbs.has(around[j].key)) return true;
  }
  return false;
}

/** True when a sponsor's participle is hyphened into the phrase ("Iranian-backed"). */
function sponsored({ source, ws }: Site): boolean {
  return ws.some((_, i) => i > 0 && beforeSponsor(source, ws, i - 1));
}

/** The first country of the context named after a place preposition ("in Iraq"), outside the phrase. */
function locatedCountry({ source, start, end, around, kb, date }: Site): string {
  if (!around) return '';
  const places = placePrepositions();
  for (const m of scanWords(source, around, kb)) {
    const outside = around[m.last - 1].end <= start || around[m.first].start >= end;
    if (m.kind !== 'name' || !outside || !places.has(around[m.first - 1]?.key ?? '')) continue;
    const at = entryAt(m, date);
    const country = at?.entry.kind === 'country' ? codeParts(at.code, kb).country : '';
    if (country) return country;
  }
  return '';
}

/** The country named nearest to the phrase in its window, outside it. */
function nearestCountry({ source, start, end, around: ws, kb, date }: Site, exclude = ''): string {
  if (!ws) return '';
  let best: { distance: number; country: string } | null = null;
  for (const m of scanWords(source, ws, kb)) {
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

/**
 * "ethnic Albanians", "the Hungarian minority": the demonym is the people's origin; the country is the
 * one they live in.
 */
export function ethnic(coded: CodedActor, site: Site): CodedActor {
  const cues = ethnicCues();
  // a cue inside a name is not one ("European Community")
  const named = (i: number) => site.matches.some((m) => m.kind === 'name' && m.first <= i && i < m.last);
  // the cue may stand right before the phrase the tagger gave ("ethnic" before its "Albanians")
  const cue = site.ws.some((w, i) => cues.has(w.key) && !named(i)) || cues.has(wordsBefore(site, 1)[0] ?? '');
  if (!cue || coded.countryFrom === 'place') return coded;
  const country = nearestCountry(site, coded.country);
  const parts = codeParts((country || coded.country) + (coded.sector || 'CVL'), site.kb);
  return { ...coded, ...parts, ...(country ? { countryFrom: 'context' as const } : {}) };
}

/**
 * "Israeli" in "Israeli troops", "UN" in "UN peacekeepers": a bare demonym, or an organisation with no
 * sector of its own, takes the sector noun that follows it in the context.
 */
function sectorAfter(coded: CodedActor, site: Site): CodedActor {
  const { matches, kb, embedded } = site;
  const bare = coded.kb === coded.country || (coded.kb !== undefined && !hasRole(coded.code, kb));
  if (coded.sector || !bare || !embedded || matches.some((m) => m.kind === 'agent')) return coded;
  const agent = agentAfter(site);
  if (!agent) return coded;
  const parts = codeParts(withAgent(coded.code, agent, kb), kb);
  // as in the phrase itself: a religion noun's religion is the sector when it gives none ("Iraqi" in "Iraqi Shiites")
  return { ...coded, ...parts, sector: parts.sector || religionOf(agent.code.replace('~', ''), kb) };
}

/**
 * A plural demonym counted ("more than 100 Palestinians", "dozens of Iraqis") is people (CVL), not the
 * nation that "the Palestinians" stands for.
 */
function counted(coded: CodedActor, site: Site): CodedActor {
  const { ws, source, kb } = site;
  const last = ws.at(-1);
  if (
    coded.sector ||
    coded.kb !== coded.country ||
    !last ||
    !/^\p{Lu}.*s$/u.test(source.slice(last.start, last.end))
  ) {
    return coded;
  }
  const counts = peopleCounts();
  const count = (key: string) => counts.has(key) || /^\d[\d,.]*$/.test(key);
  const inside = ws.slice(0, -1).some((w) => count(w.key));
  const [far, near] = ['', '', ...wordsBefore(site, 2)].slice(-2);
  return inside || count(near) || (near === 'of' && count(far))
    ? { ...coded, ...codeParts(`${coded.country}CVL`, kb) }
    : coded;
}

/** Rules applied in order to a phrase's code, each reading the phrase's words and context. */
export const REFINERS: ReadonlyArray<(coded: CodedActor, site: Site) => CodedActor> = [
  ethnic,
  formerly,
  asPlace,
  settlement,
  sectorAfter,
  counted,
  described,
];

/** A phrase naming no country ("President Ruto") takes the nearest country named in the context. */
export function contextCountry(coded: CodedActor | null, site: Site): CodedActor | null {
  if (coded?.country || (coded?.kb && countryless(coded.code, site.kb))) return coded;
  // a sponsored group ("Iranian-backed militias attacked US troops in Iraq") is of where it is, not of whom it meets
  const country = (sponsored(site) && locatedCountry(site)) || nearestCountry(site);
  if (!country) return coded;
  const sector = coded?.sector ?? '';
  const name = coded?.name ?? site.source.slice(site.start, site.end).trim();
  return { code: country + sector, country, sector, name, countryFrom: 'context' };
}

/**
 * "the South's navy" with South Korea named around it: the compass word stands for the country whose name
 * it begins. Returns the matches with that country added, or them unchanged.
 */
export function withCompassCountry(site: Site): readonly Match[] {
  const { source, ws, matches, around, kb } = site;
  if (!around || matches.some((m) => m.kind === 'name')) return matches;
  const i = ws.findIndex((w, k) => (w.key === 'north' || w.key === 'south') && ws[k - 1]?.key === 'the');
  if (i < 0 || !/^[NS]/.test(source[ws[i].start])) return matches;
  const named = scanWords(source, around, kb).find(
    (m): m is NameMatch =>
      m.kind === 'name' &&
      m.last - m.first > 1 &&
      around[m.first].key === ws[i].key &&
      m.hits[0]?.entry.kind === 'country',
  );
  if (!named) return matches;
  return [...matches, { kind: 'name' as const, first: i, last: i + 1, hits: named.hits }].sort(
    (a, b) => a.first - b.first,
  );
}

/** The distinct countries (codes) a name match may be (Tripoli: Libya's capital, a city of Lebanon). */
function countriesOf(m: NameMatch, kb: KnowledgeBase, date: string | null): string[] {
  const codes = m.hits.filter((h) => h.entry.kind === 'country').map((h) => countryAt(h, kb, date));
  return [...new Set(codes.filter((c) => c !== ''))];
}

/** The country of a hit's entry at a date ("South Sudan" was coded SDNSSD before 2011). */
function countryAt(h: NameHit, kb: KnowledgeBase, date: string | null): string {
  return codeParts(codeAt(h.entry.codes, date) ?? '', kb).country;
}

/**
 * A name of places in several countries ("Tripoli") is the one in the country its context names
 * elsewhere ("the north Lebanese port"). Returns the matches with that country's hits first, or them
 * unchanged.
 */
export function withContextPlace(site: Site): readonly Match[] {
  const { matches, around, kb, date } = site;
  const ambiguous = (m: Match): m is NameMatch => m.kind === 'name' && countriesOf(m, kb, date).length > 1;
  if (!around || !matches.some(ambiguous)) return matches;
  const named = namedCountries(site, around);
  return matches.map((m) => {
    if (!ambiguous(m)) return m;
    const here = countriesOf(m, kb, date).filter((c) => named.has(c));
    if (here.length !== 1) return m;
    const of = (h: NameHit) => countryAt(h, kb, date) === here[0];
    return { ...m, hits: [...m.hits.filter(of), ...m.hits.filter((h) => !of(h))] };
  });
}

/** The countries (codes) named by name, one country each, in the context outside the phrase. */
function namedCountries({ source, start, end, kb, date }: Site, around: readonly Word[]): Set<string> {
  const named = new Set<string>();
  for (const m of scanWords(source, around, kb)) {
    const outside = around[m.last - 1].end <= start || around[m.first].start >= end;
    const countries = m.kind === 'name' && outside ? countriesOf(m, kb, date) : [];
    if (countries.length === 1) named.add(countries[0]);
  }
  return named;
}

/**
 * A surname alone ("Mugabe") is the one person of the dictionaries with it only if the context names
 * their country or names none: "Milosevic" in a sentence about Serbia is not a Croatian minister so named.
 */
export function withPlausibleSurnames(site: Site): readonly Match[] {
  const { matches, around, kb, date } = site;
  if (!around || !matches.some((m) => m.kind === 'name' && m.surname)) return matches;
  const named = namedCountries(site, around);
  if (named.size === 0) return matches;
  return matches.filter((m) => {
    if (m.kind !== 'name' || !m.surname) return true;
    // a person with no office at the date still has their country: the last code they held
    const code = codeAt(m.hits[0].entry.codes, date) ?? m.hits[0].entry.codes.at(-1)?.code ?? '';
    return named.has(codeParts(code, kb).country);
  });
}
