// A development set for the actor coder that is not drawn from the PLOVER gold: phrases composed from the
// Phoenix/PETRARCH dictionaries themselves, each with the code the dictionaries give it.
//   agents:  every sector noun of Phoenix.agents.txt with a country, in eight compositions:
//            "Iranian farmers", "Iran's farmers", "the farmers of Iran", "farmers in Iran", "the Iranian
//            Farmers", "several Iranian farmers" → IRN + ~AGR, and the demonym alone as the actor in
//            "Iranian and Iraqi farmers" and in "Iranian farmers"
//   people:  every person of Phoenix.Countries.actors.txt with a dated office, by their name on a day
//            of that office ("Hafizullah Amin" on 1979-10-01 → AFGGOV)
//   organisations: every name of the international and non-state dictionaries, after "the"
// Prints accuracy of country and sector per composition and the most frequent confusions; `--list N`
// prints N wrong phrases of each composition. Nothing here is scored against held-out records.
// Run: npx tsx tools/actor-probes.ts [SHARED_DATA_DIR] [--list N]
import { join, resolve } from 'node:path';
import { codeParts, religionOf } from '../src/knowledge/actor-code.js';
import { codeActor } from '../src/knowledge/actor-coder.js';
import { knowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  parseActorDictionary,
  parseAgentDictionary,
  readDictionaryText,
  titleCase,
} from '../src/knowledge/petrarch-format.js';
import { phraseKey } from '../src/knowledge/phrase-key.js';
import { readListResource } from '../src/resources.js';

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listN = listAt >= 0 ? Number(args[listAt + 1]) : 0;
const positional = args.filter((a, i) => !a.startsWith('--') && (listAt < 0 || i !== listAt + 1));
const DATA = resolve(positional[0] ?? '/work/shared/data');
const DICTS = join(DATA, 'events/petrarch2');
const kb = knowledgeBase();

interface Probe {
  kind: string;
  text: string;
  context: string;
  date?: string;
  /** acceptable codes (a person may hold two offices on one day) */
  gold: string[];
}

function read(file: string): string {
  return readDictionaryText(join(DICTS, file));
}

/** Phoenix's role codes as CAMEO writes them (MUS, Mauritius's ISO code, is CAMEO's MOS). */
function cameo(code: string): string {
  return code.slice(0, 3) + code.slice(3).replace(/MUS/g, 'MOS');
}

/** A demonym among a country record's synonyms: its first one-word synonym with an adjective's ending. */
const DEMONYM_ENDING = /(AN|ESE|I|ISH|CH|IC|OT|ER)$/;

function countries(): Array<{ iso: string; name: string; demonym: string }> {
  const { records } = parseActorDictionary(read('Phoenix.Countries.actors.txt'));
  const out: Array<{ iso: string; name: string; demonym: string }> = [];
  for (const r of records) {
    const [c] = r.codes;
    if (r.codes.length !== 1 || !/^[A-Z]{3}$/.test(c.code) || c.from || c.to) continue;
    const demonym = r.phrases.slice(1).find((p) => !p.includes(' ') && DEMONYM_ENDING.test(p));
    if (demonym && kb.countryCodes.has(c.code)) {
      out.push({ iso: c.code, name: titleCase(r.phrases[0]), demonym: titleCase(demonym) });
    }
  }
  return out;
}

const SAID = 'said on Monday that the talks would go on.';

function agentProbes(places: ReturnType<typeof countries>): Probe[] {
  const probes: Probe[] = [];
  const entries = parseAgentDictionary(read('Phoenix.agents.txt')).filter((e) => e.code.startsWith('~'));
  entries.forEach((e, i) => {
    const c = places[(i * 7) % places.length];
    const noun = e.phrase.toLowerCase();
    const gold = [cameo(c.iso + e.code.slice(1))];
    const other = places[(i * 7 + 3) % places.length];
    const compositions: Array<[string, string, string?]> = [
      ['demonym', `${c.demonym} ${noun}`],
      ['possessive', `${c.name}'s ${noun}`],
      ['of', `the ${noun} of ${c.name}`],
      ['in', `${noun} in ${c.name}`],
      ['capitalised', `the ${c.demonym} ${titleCase(noun)}`],
      ['quantified', `several ${c.demonym} ${noun}`],
      // the gold's way with a shared noun: the demonym alone is the actor, the sentence says what it is
      ['coordinated', c.demonym, `${c.demonym} and ${other.demonym} ${noun}`],
      ['bare-demonym', c.demonym, `${c.demonym} ${noun}`],
    ];
    for (const [kind, text, sentence = text] of compositions) {
      const context = `${sentence[0].toUpperCase()}${sentence.slice(1)} ${SAID}`;
      probes.push({ kind: `agent/${kind}`, text, context, gold });
    }
  });
  return probes;
}

function personProbes(): Probe[] {
  const probes: Probe[] = [];
  const { records } = parseActorDictionary(read('Phoenix.Countries.actors.txt'));
  for (const r of records) {
    const office = r.codes.find((c) => c.from && c.to && /^[A-Z]{3}/.test(c.code));
    if (!office) continue;
    const date = office.from;
    const gold = r.codes
      .filter((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to))
      .map((c) => cameo(c.code));
    const text = titleCase(r.phrases[0]);
    probes.push({ kind: 'person', text, context: `${text} ${SAID}`, date, gold });
    // news drops the middle names: "Carlos Menem" for Carlos Saul Menem
    const w = text.split(' ');
    const short = `${w[0]} ${w[w.length - 1]}`;
    if (w.length >= 3 && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(short))
      probes.push({ kind: 'person/shortened', text: short, context: `${short} ${SAID}`, date, gold });
  }
  return probes;
}

/**
 * The forms the gold's actor texts take that name a country without a sector noun (PLOVER_GSR_CAMEO_readme:
 * a capital as subject or object is the government, else its people; a city is its people): the country
 * alone, as subject and after a preposition; its capital as subject and after "in"; its people as a plural
 * demonym; and "the government", "authorities", "officials" with the country only in the sentence.
 */
function countryFormProbes(places: ReturnType<typeof countries>): Probe[] {
  const capitals = new Map(
    readListResource('knowledge', 'capitals.tsv').map((l) => l.split('\t') as [string, string]),
  );
  const probes: Probe[] = [];
  for (const c of places) {
    const add = (kind: string, text: string, context: string, code: string) =>
      probes.push({ kind: `form/${kind}`, text, context, gold: [code] });
    add('country-subject', c.name, `${c.name} ${SAID}`, c.iso);
    add(
      'country-object',
      c.name,
      `The minister said on Monday that talks with ${c.name} would go on.`,
      c.iso,
    );
    add('people', `${c.demonym}s`, `Thousands of ${c.demonym}s marched on Monday.`, `${c.iso}CVL`);
    const capital = capitals.get(c.iso);
    if (capital && phraseKey(capital) !== phraseKey(c.name)) {
      add('capital-subject', capital, `${capital} ${SAID}`, `${c.iso}GOV`);
      add('capital-in', capital, `A bomb exploded on Monday in ${capital}, the police said.`, `${c.iso}CVL`);
    }
    for (const noun of ['the government', 'authorities', 'officials'])
      add('government-in-context', noun, `In ${c.name}, ${noun} ${SAID}`, `${c.iso}GOV`);
  }
  return probes;
}

/** Organisations of the international and non-state dictionaries by every name they have, after "the". */
function organisationProbes(): Probe[] {
  const probes: Probe[] = [];
  for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const r of parseActorDictionary(read(file)).records) {
      const gold = r.codes.filter((c) => !c.from && !c.to && c.code !== '---').map((c) => cameo(c.code));
      if (gold.length === 0) continue;
      for (const phrase of r.phrases) {
        const text = `the ${titleCase(phrase)}`;
        probes.push({ kind: `organisation/${file.split('.')[1]}`, text, context: `${text} ${SAID}`, gold });
      }
    }
  }
  return probes;
}

const places = countries();
const probes = [
  ...agentProbes(places),
  ...personProbes(),
  ...countryFormProbes(places),
  ...organisationProbes(),
];
const byKind = new Map<string, { n: number; country: number; sector: number; wrong: string[] }>();
const confusions = new Map<string, number>();
const started = performance.now();
for (const p of probes) {
  const coded = codeActor(p.text, kb, { context: p.context, date: p.date ?? null });
  const golds = p.gold.map((g) => codeParts(g, kb));
  const country = coded?.country ?? '';
  const sector = coded?.sector ?? '';
  const countryRight = golds.some((g) => g.country === country);
  // a noun's religion is its sector when it has no other ("Moslem fundamentalist" → MOS, as the gold has it)
  const religion = (g: (typeof golds)[number]) =>
    p.kind.startsWith('agent') ? religionOf(g.code.slice(3), kb) : '';
  const sectorRight = golds.some((g) => (g.sector || religion(g)) === sector);
  const s = byKind.get(p.kind) ?? { n: 0, country: 0, sector: 0, wrong: [] };
  s.n++;
  if (countryRight) s.country++;
  if (sectorRight) s.sector++;
  if (!countryRight || !sectorRight) {
    s.wrong.push(`${p.text}\t${p.gold.join('|')}\t${coded?.code ?? '∅'}`);
    const g = golds[0];
    const key = countryRight
      ? `sector ${g.sector || '∅'} → ${sector || '∅'}`
      : `country ${g.country || '∅'} → ${country || '∅'}`;
    confusions.set(
      `${p.kind.split('/')[0]} ${key}`,
      (confusions.get(`${p.kind.split('/')[0]} ${key}`) ?? 0) + 1,
    );
  }
  byKind.set(p.kind, s);
}
const ms = performance.now() - started;
console.log(`${probes.length} probes coded in ${ms.toFixed(0)} ms`);
for (const [kind, s] of byKind) {
  console.log(
    `${kind.padEnd(18)} ${String(s.n).padStart(6)}  country ${(s.country / s.n).toFixed(3)}  sector ${(s.sector / s.n).toFixed(3)}`,
  );
}
console.log('most frequent confusions:');
for (const [k, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${String(n).padStart(5)}  ${k}`);
if (listN > 0) {
  for (const [kind, s] of byKind) {
    console.log(`\n# ${kind}`);
    for (const w of s.wrong.slice(0, listN)) console.log(w);
  }
}
