// Derives the noun triggers of events from the CAMEO verb dictionary by nominalisation: for every
// single-word dictionary verb with a code (its own, else its block's; statements and appeals aside),
// the regular nominalisations are candidates — a suffixed one ("negotiate" → "negotiation", "deploy" →
// "deployment", "withdraw" → "withdrawal", "invade" → "invasion") when the news texts (PolNeAR) use it
// at least MIN_DERIVED times, the verb itself or its -ing form ("attack", "bombing") only when the
// CoNLL-2003 news corpus tags it as a noun at least MIN_NOUN times and more often than as a verb — and
// so are the irregular ones of lexicon/event-nominals-irregular.tsv ("threaten" → "threat"), which may
// also give the code of a noun without a dictionary verb ("sanctions"). lexicon/event-nominals-stop.txt
// drops nominalisations that name a thing more often than the act ("settlement", "order").
// Writes knowledge/compiled/event-nominals.tsv: noun, plural, verb, CAMEO code (forward[:reverse]),
// basis (verb: its own code or the block named after it; block: a loose block's default).
// Usage: npx tsx tools/build-event-nominals.ts [/work/shared/data]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verbDictionary } from '../src/knowledge/events-codebook.js';
import { nounPlural as plural, verbForms } from '../src/knowledge/inflection.js';
import { readListResource, resourcePath } from '../src/resources.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data');
const MIN_NOUN = 3;
const MIN_DERIVED = 2;

/** Suffixed nominalisations of a verb; over-generation is filtered by the corpus. */
function derived(verb: string): string[] {
  const stem = verb.replace(/e$/, '');
  const out = [`${verb}ment`, `${stem}al`, `${stem}ure`, `${stem}ance`, `${stem}ence`];
  if (/[^aeiou]y$/.test(verb)) out.push(`${verb.slice(0, -1)}ial`);
  if (/ate$/.test(verb)) out.push(`${stem}ion`);
  else if (/(ct|pt|rt|st)$/.test(verb)) out.push(`${verb}ion`);
  else out.push(`${stem}ation`, `${verb}ation`);
  if (/[iy]ze$|ise$/.test(verb)) out.push(`${verb.slice(0, -1)}ation`);
  if (/ify$/.test(verb)) out.push(`${verb.slice(0, -1)}ication`);
  if (/de$/.test(verb)) out.push(`${verb.slice(0, -2)}sion`);
  if (/mit$/.test(verb)) out.push(`${verb.slice(0, -1)}ssion`);
  return out;
}
/** The verb itself and its -ing form, which are nouns only when a tagged corpus says so. */
const zero = (verb: string) => verbForms(verb).filter((form) => form === verb || form.endsWith('ing'));

// noun and verb counts in the tagged corpus; word counts in the news texts
const nounCount = new Map<string, number>();
const verbCount = new Map<string, number>();
for (const line of readFileSync(join(DATA, 'conll2003', 'train.txt'), 'utf8').split('\n')) {
  const [word, tag] = line.split(' ');
  const counts = tag?.startsWith('NN') ? nounCount : tag?.startsWith('VB') ? verbCount : null;
  counts?.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
}
const wordCount = new Map<string, number>();
const texts = join(DATA, 'polnear', 'train', 'text');
for (const file of readdirSync(texts))
  for (const word of readFileSync(join(texts, file), 'utf8')
    .toLowerCase()
    .match(/[a-z]+/g) ?? [])
    wordCount.set(word, (wordCount.get(word) ?? 0) + 1);
const both = (counts: Map<string, number>, w: string) => (counts.get(w) ?? 0) + (counts.get(plural(w)) ?? 0);
const isNoun = (w: string) => both(nounCount, w) >= MIN_NOUN && both(nounCount, w) > both(verbCount, w);
const isWord = (w: string) => both(wordCount, w) >= MIN_DERIVED || both(nounCount, w) > 0;

const stop = new Set(readListResource('lexicon', 'event-nominals-stop.txt'));
const irregular = readListResource('lexicon', 'event-nominals-irregular.tsv').map((l) => l.split('\t'));

const dictionary = verbDictionary();
const rows = new Map<string, string>();
const codeText = (c: { code: string | null; reverse: string | null }) =>
  c.reverse ? `${c.code ?? ''}:${c.reverse}` : (c.code ?? '');
const add = (noun: string, verb: string, code: string, basis: string) => {
  if (!rows.has(noun) && !stop.has(noun)) rows.set(noun, [noun, plural(noun), verb, code, basis].join('\t'));
};
for (const [verb, noun, code] of irregular) if (code) add(noun, verb, code, 'verb');
for (const form of Object.values(dictionary.forms)) {
  const verb = form.base;
  if (verb.includes(' ')) continue;
  const block = dictionary.blocks[form.block];
  const code = form.own ?? block;
  if (code.code === null && code.reverse === null) continue;
  // statements (01) and appeals (02) are not recorded without a pattern
  if (/^0[12]/.test(code.code ?? '')) continue;
  const basis = form.own || block.name.split('_')[0].toLowerCase() === verb ? 'verb' : 'block';
  const listed = irregular.filter(([v]) => v === verb).map(([, noun]) => noun);
  for (const noun of [...listed, ...derived(verb).filter(isWord), ...zero(verb).filter(isNoun)])
    add(noun, verb, codeText(code), basis);
}
const header =
  '# noun\tplural\tverb\tcode\tbasis — generated by tools/build-event-nominals.ts; do not edit\n';
const body = [...rows.keys()].sort().map((k) => rows.get(k));
writeFileSync(resourcePath('knowledge', 'compiled', 'event-nominals.tsv'), `${header}${body.join('\n')}\n`);
console.log(`${rows.size} noun triggers`);
