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
} from '../src/knowledge/petrarch-format.js';
import { phraseKey } from '../src/knowledge/phrase-key.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data');
const OUT = resolve(import.meta.dirname, '..', 'knowledge', 'compiled');
const ACTOR_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/(^|[\s\-(/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Old CAMEO country codes in the dictionaries that ISO 3166 replaced. */
const LEGACY_COUNTRY_CODES: Record<string, string> = { TMP: 'TLS', ANG: 'AGO' };

/**
 * Phoenix writes the Muslim religion code MUS, which is also Mauritius's ISO code; CAMEO (and the PLOVER
 * gold) write MOS. Role codes are read as CAMEO's so that a role never passes for a country.
 */
const PHOENIX_ROLE_CODES: Record<string, string> = { MUS: 'MOS' };

/** `roles`, a run of three-letter role codes, with Phoenix's own codes made CAMEO's. */
function cameoRoles(roles: string): string {
  return roles.replace(/[A-Z]{3}/g, (role) => PHOENIX_ROLE_CODES[role] ?? role);
}

function isoCode(code: string): string {
  const legacy = LEGACY_COUNTRY_CODES[code.slice(0, 3)];
  return (legacy ?? code.slice(0, 3)) + cameoRoles(code.slice(3));
}

/**
 * Possessives the dictionaries write without their apostrophe ("SUDAN_PEOPLES_LIBERATION_ARMY"), while a
 * text's "People's" has the key "people" (phrase-key.ts drops a possessive "'s").
 */
const BARE_POSSESSIVE = /\b(people|women|children|men)s\b/g;

/**
 * The phrases' keys, without a leading "the" ("THE_EU" is found in "the EU" and in "EU"), and with a
 * bare possessive also as the text's key.
 */
function keys(phrases: readonly string[]): string {
  const all = phrases.map((p) => phraseKey(p).replace(/^the (?=\S)/, ''));
  const possessive = all.map((k) => k.replace(BARE_POSSESSIVE, '$1'));
  return [...new Set([...all, ...possessive].filter((k) => k !== ''))].join('|');
}

function codeField(codes: readonly DatedCode[]): string {
  return codes
    .map((c) => (c.from || c.to ? `${isoCode(c.code)}@${c.from}..${c.to}` : isoCode(c.code)))
    .join(';');
}

/** The dictionaries mix UTF-8 files with one in a single-byte encoding. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function compileActors(): string[] {
  const lines: string[] = [];
  for (const file of ACTOR_FILES) {
    const { records, malformed } = parseActorDictionary(readText(join(DATA, 'events/petrarch2', file)));
    const useful = records.filter((r: ActorRecord) => r.codes.some((c) => c.code !== '---'));
    for (const r of useful) {
      lines.push(`${codeField(r.codes)}\t${titleCase(r.phrases[0])}\t${keys(r.phrases)}`);
    }
    console.log(`${file}: ${useful.length} records, ${malformed} unreadable date restrictions skipped`);
  }
  return lines;
}

function compileAgents(): string[] {
  const entries = parseAgentDictionary(readText(join(DATA, 'events/petrarch2/Phoenix.agents.txt')));
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
    else entry.aliases.add(label);
    names.set(iso3, entry);
  }
  const lines = [...names]
    .filter(([, e]) => e.name)
    .map(([iso3, e]) => `${iso3}\t${e.name}\t${keys([e.name, ...e.aliases])}`);
  console.log(`country_aliases.csv: ${lines.length} countries`);
  return lines;
}

const HEADER = '# generated by tools/compile-knowledge.ts from /work/shared/data — do not edit';
writeFileSync(
  join(OUT, 'actors.tsv'),
  `${HEADER}\n# codes\tname\tname keys\n${compileActors().join('\n')}\n`,
);
writeFileSync(join(OUT, 'agents.tsv'), `${HEADER}\n# phrase\tcode\n${compileAgents().join('\n')}\n`);
writeFileSync(
  join(OUT, 'countries.tsv'),
  `${HEADER}\n# iso3\tname\tname keys\n${compileCountries().join('\n')}\n`,
);
