// Features of the greedy POS tagger at position i. Static ones depend on the word alone (its form,
// affixes, shape, case) and are scored once per word by the decoder's cache; the others read the
// neighbours up to two away and the two tags already chosen to the left.
// Changing any template changes the model: bump POS_FEATURES_VERSION and retrain.
import type { FeatureVector } from '../../ml/features.js';
import type { GreedyTaggerSpec } from '../../ml/greedy-tagger.js';
import { PAD_AFTER, PAD_BEFORE, type PreparedWords } from './words.js';

export const POS_FEATURES_VERSION = 3;

/** Stand-in label index for "no tag" before the sentence start. */
const NO_TAG = 0xffff;

/** The POS tagger's features; `tags` fixes the tags of dictionary words (word hash → label index). */
export function posTaggerSpec(tags: ReadonlyMap<number, number>): GreedyTaggerSpec<PreparedWords> {
  return {
    extract: posContextFeatures,
    cached: { key: posWordKey, extract: posWordFeatures },
    preset: (w, i) => tags.get(w.word[i]) ?? -1,
  };
}

/** The word and the flag bits its static features read (sentence-initial, headline). */
function posWordKey(w: PreparedWords, i: number): number {
  return w.id[i] * 4 + ((w.flags[i] >>> 4) & 3);
}

function posWordFeatures(w: PreparedWords, i: number, f: FeatureVector): void {
  const word = w.word[i];
  f.add(1, 0);
  f.add(2, word);
  f.add(3, w.suffix1[i]);
  f.add(4, w.suffix2[i]);
  f.add(5, w.suffix3[i]);
  f.add(6, w.suffix4[i]);
  f.add(7, w.prefix1[i]);
  f.add(8, w.prefix2[i]);
  f.add(9, w.shape[i]);
  f.add(10, w.flags[i]);
  f.add2(24, word, w.flags[i] & 35);
  f.add(25, w.raw[i]);
  f.add2(26, w.suffix3[i], w.flags[i] & 51);
}

function posContextFeatures(w: PreparedWords, i: number, history: Int32Array, f: FeatureVector): void {
  const n = w.length;
  const word = w.word[i];
  const t1 = i > 0 ? history[i - 1] : NO_TAG;
  const t2 = i > 1 ? history[i - 2] : NO_TAG;
  const wm1 = i > 0 ? w.word[i - 1] : PAD_BEFORE;
  const wm2 = i > 1 ? w.word[i - 2] : PAD_BEFORE;
  const wp1 = i + 1 < n ? w.word[i + 1] : PAD_AFTER;
  const wp2 = i + 2 < n ? w.word[i + 2] : PAD_AFTER;
  f.add(11, t1);
  f.add(12, t2);
  f.add2(13, t1, t2);
  f.add2(14, t1, word);
  f.add(15, wm1);
  f.add(16, i > 0 ? w.suffix3[i - 1] : PAD_BEFORE);
  f.add(17, wm2);
  f.add(18, wp1);
  f.add(19, i + 1 < n ? w.suffix3[i + 1] : PAD_AFTER);
  f.add(20, wp2);
  f.add2(21, wm1, word);
  f.add2(22, word, wp1);
  f.add(23, i + 1 < n ? w.shape[i + 1] : PAD_AFTER);
}
