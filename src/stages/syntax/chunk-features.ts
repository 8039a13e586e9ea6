// Features of the greedy chunker at position i. Static ones read only the POS tags in a window of
// ±2 (their n-grams) and are scored once per distinct window by the decoder's cache; the others
// read the word and its neighbours and the two chunk tags already chosen to the left.
// Changing any template changes the model: bump CHUNK_FEATURES_VERSION and retrain.
import type { FeatureVector } from '../../ml/features.js';
import type { GreedyTaggerSpec } from '../../ml/greedy-tagger.js';
import { mix } from '../../ml/hash.js';
import { iob2Transitions } from '../../ml/iob.js';
import { PAD_AFTER, PAD_BEFORE, type PreparedWords } from './words.js';

export const CHUNK_FEATURES_VERSION = 3;

export interface ChunkInput {
  words: PreparedWords;
  /** POS label indices (of the POS model) of every token. */
  pos: Int32Array;
}

const NO_TAG = 0xffff;
const POS_BEFORE = 0xfffe;
const POS_AFTER = 0xfffd;

/** The chunker's features and the IOB2 constraint over its `labels`. */
export function chunkerSpec(labels: readonly string[]): GreedyTaggerSpec<ChunkInput> {
  return {
    extract: chunkContextFeatures,
    cached: { key: posWindowKey, extract: posWindowFeatures },
    allowed: iob2Transitions(labels),
  };
}

/** POS label indices are below 62 (checked when the model loads): 6 bits each, 62/63 for padding. */
function posWindowKey(s: ChunkInput, i: number): number {
  const n = s.pos.length;
  return ((i > 0 ? s.pos[i - 1] : 62) * 64 + s.pos[i]) * 64 + (i + 1 < n ? s.pos[i + 1] : 63);
}

/** Features of the POS trigram around i (few distinct trigrams: the cache nearly always hits). */
function posWindowFeatures(s: ChunkInput, i: number, f: FeatureVector): void {
  const n = s.pos.length;
  const p0 = s.pos[i];
  const pm1 = i > 0 ? s.pos[i - 1] : POS_BEFORE;
  const pp1 = i + 1 < n ? s.pos[i + 1] : POS_AFTER;
  f.add(1, 0);
  f.add(3, p0);
  f.add(4, pm1);
  f.add(6, pp1);
  f.add2(8, pm1, p0);
  f.add2(9, p0, pp1);
  f.add3(12, pm1, p0, pp1);
}

function chunkContextFeatures(s: ChunkInput, i: number, history: Int32Array, f: FeatureVector): void {
  const w = s.words;
  const n = w.length;
  const word = w.word[i];
  const p0 = s.pos[i];
  const pm1 = i > 0 ? s.pos[i - 1] : POS_BEFORE;
  const pp1 = i + 1 < n ? s.pos[i + 1] : POS_AFTER;
  const c1 = i > 0 ? history[i - 1] : NO_TAG;
  const c2 = i > 1 ? history[i - 2] : NO_TAG;
  const pm2 = i > 1 ? s.pos[i - 2] : POS_BEFORE;
  const pp2 = i + 2 < n ? s.pos[i + 2] : POS_AFTER;
  const wm1 = i > 0 ? w.word[i - 1] : PAD_BEFORE;
  const wp1 = i + 1 < n ? w.word[i + 1] : PAD_AFTER;
  f.add(5, pm2);
  f.add(7, pp2);
  f.add2(10, pm2, pm1);
  f.add2(11, pp1, pp2);
  f.add3(13, pm2, pm1, p0);
  f.add3(14, p0, pp1, pp2);
  // The whole window: the tagger that made the training chunks matched such patterns.
  f.add3(33, mix(pm2, pm1), p0, mix(pp1, pp2));
  f.add(2, word);
  f.add(15, c1);
  f.add2(16, c2, c1);
  f.add2(17, c1, p0);
  f.add3(18, c1, pm1, p0);
  f.add2(19, c1, word);
  f.add(20, wm1);
  f.add(21, wp1);
  f.add2(22, word, p0);
  f.add2(23, pm1, word);
  f.add2(24, word, pp1);
  f.add(25, w.suffix3[i]);
  f.add2(26, wm1, word);
  f.add(27, i > 1 ? w.word[i - 2] : PAD_BEFORE);
  f.add(28, i + 2 < n ? w.word[i + 2] : PAD_AFTER);
  f.add2(29, c1, pp1);
  f.add2(30, pp1, wp1);
  f.add2(31, pm1, wm1);
  f.add2(32, p0, w.flags[i] & 35);
  f.add3(34, mix(c1, pm1), p0, pp1);
  f.add3(35, word, pm1, pp1);
}
