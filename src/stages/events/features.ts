// Features of a sentence for the event-type classifier: words, crude stems and word pairs, hashed into
// a FeatureVector of the shared learning core (src/ml).
import { FeatureVector, hashString } from '../../ml/index.js';

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

/** A crude suffix-stripping stem so that "attacked", "attacks" and "attacking" share a feature. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

/** Hashed binary features of a lower-cased word sequence. */
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
  }
  return out;
}
