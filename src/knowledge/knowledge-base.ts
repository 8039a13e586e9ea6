// The actor knowledge base: every name of a country, person or organisation (keyed by phraseKey) with
// its CAMEO codes and their validity dates, the agent (sector) nouns, and the capitals. Built from the
// compiled files in knowledge/compiled/, the hand-written files in knowledge/ and any user files;
// loaded once per process and set of user files.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources.js';
import { parseHandActors } from './current-actors-format.js';
import { type DatedCode, parseAgentDictionary } from './petrarch-format.js';
import { phraseKey } from './phrase-key.js';

export type EntryKind = 'country' | 'actor';

export interface KbEntry {
  /** stable knowledge-base id: the ISO3 code of a country, else "<source>:<slug of the name>" */
  id: string;
  name: string;
  kind: EntryKind;
  codes: DatedCode[];
}

export interface NameHit {
  entry: KbEntry;
  /** the name is the capital (or seat of government) of the country: used as an actor it is the government */
  capital: boolean;
}

export interface KnowledgeBase {
  /** phrase key → entries with that name, the most authoritative first */
  names: Map<string, NameHit[]>;
  /** phrase key → agent code ("~GOV", "IGO~") */
  agents: Map<string, string>;
  sectors: ReadonlySet<string>;
  countries: Map<string, KbEntry>;
  maxNameWords: number;
  maxAgentWords: number;
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

class Builder {
  readonly kb: KnowledgeBase;
  constructor(sectors: ReadonlySet<string>) {
    this.kb = {
      names: new Map(),
      agents: new Map(),
      sectors,
      countries: new Map(),
      maxNameWords: 1,
      maxAgentWords: 1,
    };
  }

  /** Adds a name; entries added earlier keep precedence, so sources go in from most to least authoritative. */
  addName(name: string, entry: KbEntry, capital = false): void {
    const key = phraseKey(name);
    if (key === '') return;
    const hits = this.kb.names.get(key) ?? [];
    if (hits.some((h) => h.entry === entry)) return;
    hits.push({ entry, capital });
    this.kb.names.set(key, hits);
    this.kb.maxNameWords = Math.max(this.kb.maxNameWords, key.split(' ').length);
  }

  addAgent(phrase: string, code: string, override: boolean): void {
    const key = phraseKey(phrase);
    if (key === '' || (!override && this.kb.agents.has(key))) return;
    this.kb.agents.set(key, code);
    this.kb.maxAgentWords = Math.max(this.kb.maxAgentWords, key.split(' ').length);
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

function addCountries(b: Builder): void {
  const capitals = new Map(
    dataLines(readResource('knowledge', 'capitals.tsv')).map(([iso3, ...names]) => [iso3, names]),
  );
  const demonyms = new Map(
    dataLines(readResource('knowledge', 'demonyms.tsv')).map(([iso3, ...names]) => [iso3, names]),
  );
  for (const [iso3, name, aliases] of dataLines(readResource('knowledge', 'compiled', 'countries.tsv'))) {
    const entry: KbEntry = { id: iso3, name, kind: 'country', codes: [{ code: iso3, from: '', to: '' }] };
    b.kb.countries.set(iso3, entry);
    for (const n of [name, ...(aliases ? aliases.split('|') : [])]) b.addName(n, entry);
    for (const capital of capitals.get(iso3) ?? []) b.addName(capital, entry, true);
    for (const demonym of demonyms.get(iso3) ?? []) b.addName(demonym, entry);
  }
}

function addPhoenixActors(b: Builder): void {
  dataLines(readResource('knowledge', 'compiled', 'actors.tsv')).forEach(([codes, name, aliases]) => {
    const parsed = parseCodes(codes);
    const country =
      parsed.length === 1 && !parsed[0].from && !parsed[0].to
        ? b.kb.countries.get(parsed[0].code)
        : undefined;
    // a Phoenix country record (its names, demonyms, cities and regions) extends the country itself
    // a record whose codes are all bare countries (a state across regime changes) is a country too
    const kind: EntryKind = parsed.every((c) => c.code.length === 3 && !b.kb.sectors.has(c.code))
      ? 'country'
      : 'actor';
    const entry: KbEntry = country ?? { id: `phoenix:${slug(name)}`, name, kind, codes: parsed };
    for (const n of [name, ...(aliases ? aliases.split('|') : [])]) b.addName(n, entry);
  });
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
  // most authoritative first: the user's files, then the hand-written current actors, then the compiled
  for (const file of userFiles) addHandActors(b, readFileSync(file, 'utf8'), file, 'user');
  addHandActors(
    b,
    readResource('knowledge', 'current-actors.txt'),
    'knowledge/current-actors.txt',
    'current',
  );
  addCountries(b);
  addPhoenixActors(b);
  addAgents(b);
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
