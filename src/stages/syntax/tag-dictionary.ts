// Words whose POS tag is (nearly) always the same in training — "the", ",", "of" — are tagged from
// this dictionary without scoring, which makes the tagger faster and loses nothing measurable.
// The dictionary is derived from the training data and saved in the POS model file.
import { hashString } from '../../ml/hash.js';
import { normalizeWord } from './words.js';

/** Normalized word → tag, for words seen at least `minCount` times with one tag at least `minShare` of them. */
export function buildTagDictionary(
  sentences: readonly { words: readonly string[]; pos: readonly string[] }[],
  minCount = 20,
  minShare = 0.995,
): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const word = normalizeWord(s.words[i]);
      let tags = counts.get(word);
      if (tags === undefined) {
        tags = new Map();
        counts.set(word, tags);
      }
      tags.set(s.pos[i], (tags.get(s.pos[i]) ?? 0) + 1);
    }
  }
  const dictionary: Record<string, string> = {};
  for (const word of [...counts.keys()].sort()) {
    const tags = counts.get(word) as Map<string, number>;
    let total = 0;
    let bestTag = '';
    let bestCount = 0;
    for (const [tag, count] of tags) {
      total += count;
      if (count > bestCount) [bestTag, bestCount] = [tag, count];
    }
    if (total >= minCount && bestCount / total >= minShare) dictionary[word] = bestTag;
  }
  return dictionary;
}

/** Word hash (as in PreparedWords.word) → POS label index. */
export function compileTagDictionary(
  dictionary: Record<string, string>,
  labels: readonly string[],
): Map<number, number> {
  const index = new Map(labels.map((label, i) => [label, i]));
  const compiled = new Map<number, number>();
  for (const [word, tag] of Object.entries(dictionary)) {
    const label = index.get(tag);
    if (label !== undefined) compiled.set(hashString(word), label);
  }
  return compiled;
}
