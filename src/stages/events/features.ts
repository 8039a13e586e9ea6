// Features of a sentence for the event-type classifier: words, crude stems and word pairs.

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

/** A crude suffix-stripping stem so that "attacked", "attacks" and "attacking" share a feature. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

/** Binary features of a lower-cased word sequence. */
export function eventFeatures(words: readonly string[]): string[] {
  const features = new Set<string>();
  const content = words.filter((w) => /\p{L}/u.test(w));
  for (let i = 0; i < content.length; i++) {
    const w = content[i];
    features.add(`w=${w}`);
    const s = stem(w);
    if (s !== w) features.add(`s=${s}`);
    const next = content[i + 1];
    if (next !== undefined && !(STOP.has(w) && STOP.has(next))) features.add(`b=${stem(w)}_${stem(next)}`);
  }
  return [...features];
}
