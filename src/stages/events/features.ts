// Features of a sentence for the event-type classifier: words, crude stems and word pairs; the CAMEO
// dictionary's view of its verbs (block, own root, the roots of the verb's patterns); and the PLOVER types
// the verb-pattern coder gives the sentence — hashed into a FeatureVector of the shared learning core.
import { verbDictionary } from '../../knowledge/events-codebook.js';
import { FeatureVector, hashString } from '../../ml/index.js';
import { codeSentence } from './code-sentence.js';

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'on',
  'for',
  'at',
  'by',
  'with',
  'its',
  'their',
]);
const WORD = 1;
const STEM = 2;
const PAIR = 3;
const BLOCK = 4;
const PATTERN_ROOT = 5;
const OWN_ROOT = 6;
const CODED = 7;
const FIRST_CODED = 8;

/** A crude suffix-stripping stem so that "attacked", "attacks" and "attacking" share a feature. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

/**
 * The CAMEO dictionary's verb block of a word and the roots it and its patterns give: they generalise
 * over verbs the gold never showed and over verbs the patterns leave uncoded.
 */
function dictionaryFeatures(word: string, out: FeatureVector): void {
  const dictionary = verbDictionary();
  const form = dictionary.forms[word];
  if (!form) return;
  const block = dictionary.blocks[form.block];
  out.add(BLOCK, hashString(block.name));
  const own = form.own?.code ?? block.code;
  if (own) out.add(OWN_ROOT, hashString(own.slice(0, 2)));
  for (const p of block.patterns)
    if (p.code && (p.verb === undefined || p.verb === form.base))
      out.add(PATTERN_ROOT, hashString(p.code.slice(0, 2)));
}

/** Hashed features of a lower-cased word sequence. */
export function eventFeatures(words: readonly string[], out = new FeatureVector()): FeatureVector {
  out.clear();
  const content = words.filter((w) => /\p{L}/u.test(w));
  const seen = new Set<string>();
  for (let i = 0; i < content.length; i++) {
    const w = content[i];
    const s = stem(w);
    if (!seen.has(w)) out.add(WORD, hashString(w));
    if (s !== w && !seen.has(`s ${s}`)) out.add(STEM, hashString(s));
    seen.add(w);
    seen.add(`s ${s}`);
    const next = content[i + 1];
    if (next !== undefined && !(STOP.has(w) && STOP.has(next)))
      out.add2(PAIR, hashString(s), hashString(stem(next)));
    dictionaryFeatures(w, out);
  }
  // what the verb patterns make of the sentence
  const coded = codeSentence(words);
  const main = coded.find((e) => !e.subordinate) ?? coded[0];
  if (main) out.add(FIRST_CODED, hashString(main.type));
  for (const e of coded) out.add(CODED, hashString(e.type));
  return out;
}
