// Compiles the actor knowledge base from the team's shared data into knowledge/compiled/:
//   actors.tsv     Phoenix/PETRARCH actor dictionaries: codes with validity dates, canonical name, name keys
//   agents.tsv     Phoenix agents dictionary: sector nouns with plurals expanded → agent code
//   countries.tsv  English names and aliases of each country (Wikidata, country_aliases.csv) → ISO3
// Names are stored as phrase keys (src/knowledge/phrase-key.ts) so loading needs no normalising.
// Run: npx tsx tools/compile-knowledge.ts [SHARED_DATA_DIR]   (default: /work/shared/data)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type ActorRecord,
  type DatedCode,
  parseActorDictionary,
  parseAgentDictionary,
  readDictionaryText,
  titleCase,
} from '../src/knowledge/petrarch-format.js';
import { phraseKey } from '../src/knowledge/phrase-key.js';
import { readListResource } from '../src/resources.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data');
const OUT = resolve(import.meta.dirname, '..', 'knowledge', 'compiled');
const ACTOR_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];

/** The rows of a hand-written file of knowledge/, each split at its tabs. */
function handTable(file: string): string[][] {
  return readListResource('knowledge', file).map((l) => l.split('\t'));
}

/** Country codes of the dictionaries that no state has now → the state that stands for them. */
const FORMER_STATES = new Map(handTable('former-states.tsv').map(([code, successor]) => [code, successor]));

/**
 * Phoenix writes the Muslim religion code MUS, which is also Mauritius's ISO code; CAMEO (and the PLOVER
 * gold) write MOS. Role codes are read as CAMEO's so that a role never passes for a country.
 */
const PHOENIX_ROLE_CODES: Record<string, string> = { MUS: 'MOS' };

/** `roles`, a run of three-letter role codes, with Phoenix's own codes made CAMEO's. */
function cameoRoles(roles: string): string {
  return roles.replace(/[A-Z]{3}/g, (role) => PHOENIX_ROLE_CODES[role] ?? role);
}

/** The codes of today's states (knowledge/compiled/countries.tsv, set once compiled) and territories. */
const isoCountries = new Set<string>(handTable('territories.tsv').map(([code]) => code));

/**
 * A dictionary code with today's country code first: a former state's is its successor's ("SUNGOV" →
 * RUSGOV), a union's before a member's is the member's ("USRKAZ" → KAZ, "YUGHRV" → HRV).
 */
function isoCode(code: string): string {
  const successor = FORMER_STATES.get(code.slice(0, 3));
  if (successor && isoCountries.has(code.slice(3, 6))) return isoCode(code.slice(3));
  return (successor ?? code.slice(0, 3)) + cameoRoles(code.slice(3));
}

/**
 * Possessives the dictionaries write without their apostrophe ("SUDAN_PEOPLES_LIBERATION_ARMY"), while a
 * text's "People's" has the key "people" (phrase-key.ts drops a possessive "'s").
 */
const BARE_POSSESSIVE = /\b(people|women|children|men)s\b/g;

/**
 * "MORO ISLAMIC LIBERATION FRONT (MILF)": a name ending in a bracket that holds the initials of its words in
 * order (and is no common word) is also found without the bracket and as the abbreviation alone ("MILF");
 * a bracket the dictionaries left unclosed ("STANKO TODOROV (ACTING") is a note, found without it. Other
 * brackets stay: "KOREA (SOUTH)" is not "Korea".
 */
function bracketForms(phrase: string): string[] {
  const m = /^(.+?)\s*\(([^()]*)(\)?)$/.exec(phrase.trim());
  if (!m) return [phrase];
  const [, name, bracket, closed] = m;
  const inner = bracket.trim();
  if (!closed) return [phrase, name];
  const abbreviation = /^[A-Za-z]{3,}$/.test(inner) && !commonWords().has(inner.toLowerCase());
  return abbreviation && initialsOf(inner, name) ? [phrase, name, inner] : [phrase];
}

/** True when `abbreviation` starts with the first word's initial and its letters follow the words' initials in order. */
function initialsOf(abbreviation: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0]?.toLowerCase() ?? '');
  const letters = abbreviation.toLowerCase();
  if (letters[0] !== initials[0]) return false;
  let i = 0;
  for (const initial of initials) if (initial === letters[i]) i++;
  return i === letters.length;
}

/**
 * The phrases' keys, without a leading "the" ("THE_EU" is found in "the EU" and in "EU"), and with a
 * bare possessive also as the text's key.
 */
function keys(phrases: readonly string[]): string {
  const all = phrases.flatMap(bracketForms).map((p) => phraseKey(p).replace(/^the (?=\S)/, ''));
  const possessive = all.map((k) => k.replace(BARE_POSSESSIVE, '$1'));
  return [...new Set([...all, ...possessive].filter((k) => k !== ''))].join('|');
}

function codeField(codes: readonly DatedCode[]): string {
  return codes
    .map((c) => (c.from || c.to ? `${isoCode(c.code)}@${c.from}..${c.to}` : isoCode(c.code)))
    .join(';');
}

let common: Set<string> | undefined;

/** Words written in lower case in the CoNLL-2003 training text: common words, never taken as surnames. */
function commonWords(): Set<string> {
  common ??= readCommonWords();
  return common;
}

function readCommonWords(): Set<string> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(DATA, 'conll2003/train.txt'), 'utf8').split('\n')) {
    const word = line.slice(0, line.indexOf(' '));
    if (/^[a-z]+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** More people of one country with a surname than this, and the surname names none of them. */
const MAX_NAMESAKES = 3;

/**
 * A person's surname, by which news names them again ("Mugabe"): the last word of the canonical name
 * of a record that holds dated offices, when no other name and no common word has it, and every other
 * record with that last word is the same person (the same codes: the dictionaries spell some names twice,
 * "Thabo Mbeki" and "Thabo Mvuyelwa Mbeki") or one of at most three of the same country, of whom the one in office
 * first ("Museveni": Yoweri, not Janet; "Kabila": Laurent Desire, not Mathieu Kalele). Returns record index →
 * surname key.
 */
function surnames(records: readonly ActorRecord[], taken: ReadonlySet<string>): Map<number, string> {
  const common = commonWords();
  const byName = new Map<string, number[]>();
  records.forEach((r, i) => {
    const words = phraseKey(r.phrases[0]).split(' ');
    const last = words[words.length - 1];
    const person = words.length >= 2 && words.length <= 4 && r.codes.some((c) => c.from || c.to);
    if (!person || !/^[a-z]{4,}$/.test(last)) return;
    byName.set(last, [...(byName.get(last) ?? []), i]);
  });
  const out = new Map<number, string>();
  for (const [name, holders] of byName) {
    if (taken.has(name) || common.has(name)) continue;
    const countries = new Set(
      holders.flatMap((i) => records[i].codes.map((c) => isoCode(c.code).slice(0, 3))),
    );
    const people = new Set(holders.map((i) => codeField(records[i].codes)));
    if (countries.size > 1 || people.size > MAX_NAMESAKES) continue;
    out.set(
      holders.reduce((a, b) => (firstFrom(records[b]) < firstFrom(records[a]) ? b : a)),
      name,
    );
  }
  return out;
}

/** The first day a record holds a dated code ("9999" when it has none). */
function firstFrom(r: ActorRecord): string {
  return r.codes.reduce((first, c) => (c.from && c.from < first ? c.from : first), '9999');
}

function compileActors(agentPhrases: readonly string[], countryKeys: readonly string[]): string[] {
  const lines: string[] = [];
  const all: ActorRecord[] = [];
  const allKeys: string[] = [];
  for (const file of ACTOR_FILES) {
    const { records, malformed } = parseActorDictionary(
      readDictionaryText(join(DATA, 'events/petrarch2', file)),
    );
    const useful = records.filter((r: ActorRecord) => r.codes.some((c) => c.code !== '---'));
    const byRecord = useful.map((r) => keys(r.phrases));
    lines.push(...useful.map((r, i) => `${codeField(r.codes)}\t${titleCase(r.phrases[0])}\t${byRecord[i]}`));
    all.push(...useful);
    allKeys.push(...byRecord);
    console.log(`${file}: ${useful.length} records, ${malformed} unreadable date restrictions skipped`);
  }
  // people of every file: office holders of states, of international bodies ("Annan"), of armed groups
  const taken = new Set([...allKeys, ...countryKeys].flatMap((k) => k.split('|')));
  for (const a of agentPhrases) taken.add(phraseKey(a));
  const found = surnames(all, taken);
  for (const [i, surname] of found) lines[i] += `\t${surname}`;
  console.log(`${found.size} surnames`);
  return lines;
}

function compileAgents(): string[] {
  const entries = parseAgentDictionary(readDictionaryText(join(DATA, 'events/petrarch2/Phoenix.agents.txt')));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of entries) {
    // "~MUS" (roles after the country) or "IGO~" (before it): only roles, none a country
    const line = `${e.phrase}\t${e.code.replace(/[A-Z]+/g, cameoRoles)}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  console.log(`Phoenix.agents.txt: ${lines.length} agent phrases`);
  return lines;
}

function compileCountries(): string[] {
  const rows = readFileSync(join(DATA, 'knowledge/country_aliases.csv'), 'utf8').split('\n').slice(1);
  const names = new Map<string, { name: string; aliases: Set<string> }>();
  for (const row of rows) {
    // iso3c,iso2c,language,is_official_language,label,label_type — labels may be quoted
    const m = /^([A-Z]{3}),([A-Z]*),(en(?:-[a-z]+)?),[^,]*,("(?:[^"]|"")*"|[^,]*),(\w+)$/.exec(row.trim());
    if (!m) continue;
    const [, iso3, iso2, language, quoted, labelType] = m;
    // "the US" and "US" are one name: the article belongs to the sentence, not the name
    const label = (quoted.startsWith('"') ? quoted.slice(1, -1).replace(/""/g, '"') : quoted).replace(
      /^the /,
      '',
    );
    // keep names people write in English text; drop ISO 3166 alpha-2 codes ("af", "CN")
    if (!/\p{Lu}/u.test(label) || label.toUpperCase() === iso2) continue;
    const entry = names.get(iso3) ?? { name: '', aliases: new Set<string>() };
    if (language === 'en' && labelType === 'official' && !entry.name) entry.name = label;
    // an alias that is a common word ("Island" for Iceland: "Pacific Island leaders") names no country
    else if (!commonWords().has(label.toLowerCase()) || label === label.toUpperCase())
      entry.aliases.add(label);
    names.set(iso3, entry);
  }
  const lines = [...names]
    .filter(([, e]) => e.name)
    .map(([iso3, e]) => `${iso3}\t${e.name}\t${keys([e.name, ...e.aliases])}`);
  console.log(`country_aliases.csv: ${lines.length} countries`);
  return lines;
}

const HEADER = '# generated by tools/compile-knowledge.ts from /work/shared/data — do not edit';
const agents = compileAgents();
const countries = compileCountries();
for (const line of countries) isoCountries.add(line.slice(0, 3));
const actors = compileActors(
  agents.map((l) => l.split('\t')[0]),
  countries.map((l) => l.split('\t')[2]),
);
writeFileSync(
  join(OUT, 'actors.tsv'),
  `${HEADER}\n# codes\tname\tname keys\tsurname (people only, unique)\n${actors.join('\n')}\n`,
);
writeFileSync(join(OUT, 'agents.tsv'), `${HEADER}\n# phrase\tcode\n${agents.join('\n')}\n`);
writeFileSync(join(OUT, 'countries.tsv'), `${HEADER}\n# iso3\tname\tname keys\n${countries.join('\n')}\n`);
