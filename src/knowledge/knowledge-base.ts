// The actor knowledge base: every name of a country, person or organisation (keyed by phraseKey) with
// its CAMEO codes and their validity dates, the agent (sector) nouns, and the capitals. Built from the
// compiled files in knowledge/compiled/, the hand-written files in knowledge/ and any user files;
// loaded once per process and set of user files.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources.js';
import type { CodeBook } from './actor-code.js';
import { parseHandActors } from './current-actors-format.js';
import { type DatedCode, parseAgentDictionary } from './petrarch-format.js';
import { phraseKey } from './phrase-key.js';

export type EntryKind = 'country' | 'actor';

export type Place = 'capital' | 'city';

export interface KbEntry {
  /** stable knowledge-base id: the ISO3 code of a country, else "<source>:<slug of the name>" */
  id: string;
  name: string;
  kind: EntryKind;
  codes: DatedCode[];
}

export interface NameHit {
  entry: KbEntry;
  /** the name is a place in the country: its capital or seat of government (used as an actor: the
   * government, "Pyongyang said") or another city (its people) */
  place?: Place;
}

export interface KnowledgeBase extends CodeBook {
  /** phrase key → entries with that name, the most authoritative first */
  names: Map<string, NameHit[]>;
  /** phrase key → agent code ("~GOV", "IGO~") */
  agents: Map<string, string>;
  /** a noun with no sector noun → the code of its nearest sector nouns (knowledge/compiled/agent-backoff.tsv) */
  agentBackoff: Map<string, string>;
  countries: Map<string, KbEntry>;
  /** ship prefix ("USS") → the navy's country */
  vesselPrefixes: Map<string, string>;
  /** first word of a name → the most words a name starting with it has (bounds the longest-match search) */
  nameSpans: Map<string, number>;
  agentSpans: Map<string, number>;
  maxAgentWords: number;
  /** a person's surname alone ("Mugabe") → the one person of the dictionaries with it (see scan.ts) */
  surnames: Map<string, KbEntry>;
  /** last word → the people of the dictionaries with a name of three to six words ending in it, with its
   * words: a shortened form of the name ("Carlos Menem" for Carlos Saul Menem) is found here (scan.ts) */
  fullNames: Map<string, FullName[]>;
}

export interface FullName {
  entry: KbEntry;
  /** the name's phrase key */
  key: string;
}

function readResource(...parts: string[]): string {
  return readFileSync(resourcePath(...parts), 'utf8');
}

function dataLines(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** A file of lines "CODE<tab>CODES…" (space- or tab-separated) as code → set of codes. */
function codeSets(file: string): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const [code, ...rest] of dataLines(readResource('knowledge', file))) {
    const set = sets.get(code) ?? new Set<string>();
    for (const c of rest.join(' ').split(' ')) if (c) set.add(c);
    sets.set(code, set);
  }
  return sets;
}

/** Records that a phrase key starts with its first word and has so many words. */
function noteSpan(spans: Map<string, number>, key: string): void {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  let n = 1;
  for (let i = space; i >= 0; i = key.indexOf(' ', i + 1)) n++;
  if ((spans.get(first) ?? 0) < n) spans.set(first, n);
}

function slug(name: string): string {
  return phraseKey(name).replace(/ /g, '-');
}

function parseCodes(field: string): DatedCode[] {
  return field.split(';').map((c) => {
    const [code, period = '..'] = c.split('@');
    const [from, to] = period.split('..');
    return { code, from, to };
  });
}

/** A compiled dictionary entry: its codes are parsed the first time they are read (most never are). */
class CompiledEntry implements KbEntry {
  #parsed: DatedCode[] | undefined;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly kind: EntryKind,
    private readonly field: string,
  ) {}
  get codes(): DatedCode[] {
    this.#parsed ??= parseCodes(this.field);
    return this.#parsed;
  }
}

function hasSector(code: string, sectors: ReadonlySet<string>): boolean {
  for (let i = 0; i < code.length; i += 3) if (sectors.has(code.slice(i, i + 3))) return true;
  return false;
}

/** Codes that are all bare three-letter codes, dated or not: a state across regime changes. */
const BARE_CODES = /^[A-Z]{3}(?:@[\d-]*\.\.[\d-]*)?(?:;[A-Z]{3}(?:@[\d-]*\.\.[\d-]*)?)*$/;

class Builder {
  readonly kb: KnowledgeBase;
  constructor(sectors: ReadonlySet<string>) {
    this.kb = {
      names: new Map(),
      agents: new Map(),
      agentBackoff: new Map(
        dataLines(readResource('knowledge', 'compiled', 'agent-backoff.tsv')).map(([noun, code]) => [
          noun,
          code,
        ]),
      ),
      sectors,
      religions: new Set(dataLines(readResource('knowledge', 'religions.tsv')).map(([code]) => code)),
      fields: codeSets('organisation-fields.tsv'),
      sectorPairs: codeSets('sector-pairs.tsv'),
      // besides ISO3 codes (added with the countries), the international ones and territories may stand first
      countryCodes: new Set(
        ['international-codes.tsv', 'territories.tsv'].flatMap((file) =>
          dataLines(readResource('knowledge', file)).map(([code]) => code),
        ),
      ),
      countries: new Map(),
      vesselPrefixes: new Map(
        dataLines(readResource('knowledge', 'vessel-prefixes.tsv')).map(([prefix, iso3]) => [prefix, iso3]),
      ),
      nameSpans: new Map(),
      agentSpans: new Map(),
      maxAgentWords: 1,
      surnames: new Map(),
      fullNames: new Map(),
    };
  }

  /** One shared, never-mutated hit list per entry for the keys only it has: most keys; fewer allocations. */
  readonly #single = new Map<KbEntry, NameHit[]>();

  /** Adds a name; entries added earlier keep precedence, so sources go in from most to least authoritative. */
  addName(name: string, entry: KbEntry, place?: Place): void {
    this.addKey(phraseKey(name), entry, place);
  }

  addKey(key: string, entry: KbEntry, place?: Place): void {
    if (key === '') return;
    const hits = this.kb.names.get(key);
    if (hits?.some((h) => h.entry === entry)) return;
    let single = place ? undefined : this.#single.get(entry);
    if (!single) {
      single = [place ? { entry, place } : { entry }];
      if (!place) this.#single.set(entry, single);
    }
    this.kb.names.set(key, hits ? [...hits, ...single] : single);
    if (!hits) noteSpan(this.kb.nameSpans, key);
  }

  addAgent(phrase: string, code: string, override: boolean): void {
    const key = phraseKey(phrase);
    if (key === '' || (!override && this.kb.agents.has(key))) return;
    this.kb.agents.set(key, code);
    noteSpan(this.kb.agentSpans, key);
    this.kb.maxAgentWords = Math.max(this.kb.maxAgentWords, this.kb.agentSpans.get(key.split(' ')[0]) ?? 1);
  }
}

function addHandActors(b: Builder, text: string, file: string, source: string): void {
  for (const actor of parseHandActors(text, file)) {
    const entry: KbEntry = {
      id: `${source}:${slug(actor.name)}`,
      name: actor.name,
      kind: 'actor',
      codes: actor.codes,
    };
    for (const name of [actor.name, ...actor.aliases]) b.addName(name, entry);
  }
}

/** A file of lines "ISO3<tab>NAME<tab>NAME…" as ISO3 → names; a code may have more than one line. */
function namesByCountry(file: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [iso3, ...rest] of dataLines(readResource('knowledge', file)))
    names.set(iso3, [...(names.get(iso3) ?? []), ...rest]);
  return names;
}

function addCountries(b: Builder): void {
  const capitals = namesByCountry('capitals.tsv');
  const cities = namesByCountry('cities.tsv');
  const demonyms = namesByCountry('demonyms.tsv');
  for (const [iso3, name, keys] of dataLines(readResource('knowledge', 'compiled', 'countries.tsv'))) {
    const entry: KbEntry = { id: iso3, name, kind: 'country', codes: [{ code: iso3, from: '', to: '' }] };
    b.kb.countries.set(iso3, entry);
    (b.kb.countryCodes as Set<string>).add(iso3);
    // a capital before the country's aliases ("Tunis" is one of Tunisia's), unless it is the country's own
    // name (Singapore, Djibouti: the state)
    const own = phraseKey(name);
    for (const capital of capitals.get(iso3) ?? [])
      if (phraseKey(capital) !== own) b.addName(capital, entry, 'capital');
    for (const key of keys.split('|')) b.addKey(key, entry);
    for (const demonym of demonyms.get(iso3) ?? []) b.addName(demonym, entry);
  }
  // after every capital: "Tripoli" is Libya's before it is a city of Lebanon
  for (const [iso3, names] of cities) {
    const entry = b.kb.countries.get(iso3);
    if (entry) for (const city of names) b.addName(city, entry, 'city');
  }
}

function addPhoenixActors(b: Builder): void {
  for (const [codes, name, keys, surname] of dataLines(readResource('knowledge', 'compiled', 'actors.tsv'))) {
    const nameKeys = keys.split('|');
    // a Phoenix country record (its names, demonyms, cities and regions) extends the country itself;
    // a record of a state across regime changes ("SRB;YUGSRB;SCGSRB", no sector in any code) is a country too
    const sectorless = codes.split(';').every((c) => !hasSector(c.split('@')[0], b.kb.sectors));
    const kind: EntryKind =
      sectorless &&
      (BARE_CODES.test(codes) || nameKeys.some((k) => b.kb.names.get(k)?.[0]?.entry.kind === 'country'))
        ? 'country'
        : 'actor';
    const hand = handActor(b, nameKeys[0]);
    if (hand) addHistory(hand, parseCodes(codes));
    const entry: KbEntry =
      b.kb.countries.get(codes) ??
      hand ??
      new CompiledEntry(`phoenix:${nameKeys[0].replace(/ /g, '-')}`, name, kind, codes);
    for (const key of nameKeys) b.addKey(key, entry);
    // a person: a record with dated offices
    if (codes.includes('@')) for (const key of nameKeys) addFullName(b.kb.fullNames, key, entry);
    // hand-written files name a surname as an alias where they mean one ("Erdogan")
    if (surname) b.kb.surnames.set(surname, entry);
  }
}

/**
 * The hand-written actor whose canonical name is a Phoenix record's: it replaces the record, so the
 * record's other names ("Obama", "President Obama") and surname are the hand-written actor with its
 * current dates, not the record's stale ones ("Putin" and "Vladimir Putin" are one entity).
 */
function handActor(b: Builder, key: string): KbEntry | undefined {
  return b.kb.names
    .get(key)
    ?.find(
      (h) =>
        !(h.entry instanceof CompiledEntry) && h.entry.kind === 'actor' && phraseKey(h.entry.name) === key,
    )?.entry;
}

/**
 * A Phoenix record's periods that ended before the hand-written actor's first: its history ("Barack
 * Obama" in 1990 is USAELI), which the hand-written file does not repeat.
 */
function addHistory(hand: KbEntry, record: readonly DatedCode[]): void {
  const first = hand.codes.map((c) => c.from).sort()[0];
  if (!first) return;
  const older = record.filter((c) => c.to !== '' && c.to < first);
  if (older.length > 0) hand.codes = [...older, ...hand.codes];
}

/** Indexes a person's name of three to six words by its last word (keys are split only when read). */
function addFullName(index: Map<string, FullName[]>, key: string, entry: KbEntry): void {
  const last = key.lastIndexOf(' ');
  let spaces = 0;
  for (let i = key.indexOf(' '); i >= 0 && spaces <= 5; i = key.indexOf(' ', i + 1)) spaces++;
  if (spaces < 2 || spaces > 5) return;
  const word = key.slice(last + 1);
  const names = index.get(word);
  if (names) names.push({ entry, key });
  else index.set(word, [{ entry, key }]);
}

function addAgents(b: Builder): void {
  for (const [phrase, code] of dataLines(readResource('knowledge', 'compiled', 'agents.tsv')))
    b.addAgent(phrase, code, false);
  for (const e of parseAgentDictionary(readResource('knowledge', 'agents-extra.txt')))
    b.addAgent(e.phrase, e.code, true);
}

export function buildKnowledgeBase(userFiles: readonly string[] = []): KnowledgeBase {
  const sectors = new Set(dataLines(readResource('knowledge', 'sectors.tsv')).map(([code]) => code));
  const b = new Builder(sectors);
  // most authoritative first: the user's files, then the hand-written current actors and national bodies, then the compiled
  for (const file of userFiles) addHandActors(b, readFileSync(file, 'utf8'), file, 'user');
  addHandActors(
    b,
    readResource('knowledge', 'current-actors.txt'),
    'knowledge/current-actors.txt',
    'current',
  );
  addHandActors(
    b,
    readResource('knowledge', 'national-bodies.txt'),
    'knowledge/national-bodies.txt',
    'national',
  );
  addCountries(b);
  addPhoenixActors(b);
  addAgents(b);
  // a surname is never read in place of a name the knowledge base has
  for (const key of b.kb.surnames.keys()) if (b.kb.names.has(key)) b.kb.surnames.delete(key);
  return b.kb;
}

const loaded = new Map<string, KnowledgeBase>();

/** The knowledge base for a set of user files, built on first use and kept for the process. */
export function knowledgeBase(userFiles: readonly string[] = []): KnowledgeBase {
  const key = userFiles.join('\n');
  let kb = loaded.get(key);
  if (!kb) {
    kb = buildKnowledgeBase(userFiles);
    loaded.set(key, kb);
  }
  return kb;
}
