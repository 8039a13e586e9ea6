// Per-token label scores of a sentence under one pass model. Many features depend on one word only
// (its own features, and what it tells its neighbours), so their summed weights are cached per word
// (keyed by the token string itself, so no key is built per token; see word-rows.ts); the features
// of word pairs and wider contexts are looked up per token. (Caching word pairs too was slower:
// most pairs are rare, and a miss costs more than the lookups it saves.)
import { addRow, type Weights } from './decode.js';
import {
  BOUNDARY,
  contextFeatures,
  type DocumentContext,
  type FeatureFamily,
  type FeatureResources,
  NEIGHBOURS,
  neighbourFeatures,
  type PreparedSentence,
  pairFeatures,
  shapeTrigramFeature,
  wordFeatures,
} from './features.js';
import { LABEL_COUNT } from './labels.js';
import { type PairIndex, pairIndex, type WordPairs, wordPairs } from './pair-index.js';
import { WordRows } from './word-rows.js';

/** A pass model's weights may come from training (Float64Array) or from the file (Float32Array). */
export interface Scorer {
  readonly families: readonly FeatureFamily[];
  readonly features: ReadonlyMap<string, number>;
  readonly weights: Weights;
  readonly transitions: Weights;
}

// Imported bindings copied to module constants for the hot loops (see decode.ts).
const L = LABEL_COUNT;
const OFFSETS = NEIGHBOURS;
const EDGE = BOUNDARY;

/** A word's rows, with its entry points into the pair index (ordinary sentences only). */
type Table = WordRows<WordPairs | undefined>;

/** Words of ordinary sentences and of all-caps sentences (headlines) are cached apart. */
interface ScorerCache {
  readonly plain: Table;
  readonly caps: Table;
}

let caches = new WeakMap<Scorer, ScorerCache>();
/** Caches are dropped beyond this many words, so a long-running process stays bounded. */
const CACHE_LIMIT = 100_000;

/** Forgets the cached rows (benchmarks measure the tagger from a cold cache). */
export function clearTaggerCaches(): void {
  caches = new WeakMap();
}

/** Adds the weights of the emitted features to row `row` of `rows`. */
function collectRow(
  scorer: Scorer,
  rows: Float32Array,
  row: number,
  collect: (emit: (feature: string) => void) => void,
): void {
  collect((name) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(rows, row, scorer.weights, id);
  });
}

/**
 * The offset of the word's block in `table`, filled on first sight: its own features' row, then
 * what it gives each neighbour; kept with it, its entry points into the pair index, if given.
 */
function wordBlock(
  table: Table,
  scorer: Scorer,
  resources: FeatureResources,
  pairs: PairIndex | undefined,
  word: string,
  lower: string,
  shape: string,
  caps: string,
): number {
  const known = table.offsetOf(word);
  if (known >= 0) return known;
  const offset = table.add(word, pairs && wordPairs(pairs, lower, shape));
  const first = offset / L;
  collectRow(scorer, table.rows, first, (emit) => wordFeatures(word, lower, shape, caps, resources, emit));
  for (let k = 0; k < OFFSETS.length; k++) {
    const at = OFFSETS[k];
    collectRow(scorer, table.rows, first + 1 + k, (emit) =>
      neighbourFeatures(at, lower, shape, caps, resources, emit),
    );
  }
  return offset;
}

function addId(scores: Float32Array, token: number, scorer: Scorer, id: number | undefined): void {
  if (id !== undefined) addRow(scores, token, scorer.weights, id);
}

// Scratch arrays reused from sentence to sentence (grown when a sentence is longer).
let blockOf = new Int32Array(256);
const pairsOf: Array<WordPairs | undefined> = [];
let scratch = new Float32Array(256 * L);

/**
 * Label scores (tokens × LABEL_COUNT) of every token of the sentence, in an array that is reused
 * by the next call (it may be longer than the sentence).
 */
export function scoreSentence(
  s: PreparedSentence,
  doc: DocumentContext,
  scorer: Scorer,
  resources: FeatureResources,
): Float32Array {
  const n = s.words.length;
  let cache = caches.get(scorer);
  if (!cache || cache.plain.size + cache.caps.size > CACHE_LIMIT) {
    cache = { plain: new WordRows(), caps: new WordRows() };
    caches.set(scorer, cache);
  }
  const { words, lower, shapes } = s;
  const caps = s.allCaps ? 'C' : '';
  const table = s.allCaps ? cache.caps : cache.plain;
  // Ordinary sentences look pair features up through the nested index (see pair-index.ts).
  const pairs = s.allCaps || !resources.families.has('base') ? undefined : pairIndex(scorer);
  // blockOf[i + 2] is token i's block, pairsOf[i + 1] its pair entry points; the blocks before
  // and after are the sentence boundary's
  if (blockOf.length < n + 4) blockOf = new Int32Array(2 * (n + 4));
  const edge = wordBlock(table, scorer, resources, pairs, EDGE, EDGE, EDGE, caps);
  blockOf[0] = blockOf[1] = blockOf[n + 2] = blockOf[n + 3] = edge;
  for (let i = 0; i < n; i++) {
    blockOf[i + 2] = wordBlock(table, scorer, resources, pairs, words[i], lower[i], shapes[i], caps);
  }
  for (let i = 0; i < n + 2; i++) pairsOf[i] = table.extraAt(blockOf[i + 1]);
  if (scratch.length < n * L) scratch = new Float32Array(2 * n * L);
  const scores = scratch;
  const rows = table.rows;
  let token = 0;
  const emit = (name: string) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(scores, token, scorer.weights, id);
  };
  for (let i = 0; i < n; i++) {
    // The word's own row and its neighbours' rows for it (NEIGHBOURS = −2, −1, +1, +2), summed
    // in float32 as addRow would.
    const own = blockOf[i + 2];
    const left2 = blockOf[i] + L;
    const left1 = blockOf[i + 1] + 2 * L;
    const right1 = blockOf[i + 3] + 3 * L;
    const right2 = blockOf[i + 4] + 4 * L;
    const at = i * L;
    for (let l = 0; l < L; l++) {
      let v = rows[own + l];
      v = Math.fround(v + rows[left2 + l]);
      v = Math.fround(v + rows[left1 + l]);
      v = Math.fround(v + rows[right1 + l]);
      scores[at + l] = v + rows[right2 + l];
    }
    token = i;
    const lw = lower[i];
    const shape = shapes[i];
    const lwR = i + 1 < n ? lower[i + 1] : EDGE;
    const left = pairsOf[i];
    const self = pairsOf[i + 1];
    if (left && self && pairsOf[i + 2]) {
      addId(scores, i, scorer, left.previousWord?.get(lw));
      addId(scores, i, scorer, left.previousShape?.get(shape));
      addId(scores, i, scorer, self.nextWord?.get(lwR));
      addId(scores, i, scorer, self.shapeNext?.get(lwR));
      addId(scores, i, scorer, left.shapeTrigram?.get(shape)?.get(i + 1 < n ? shapes[i + 1] : EDGE));
    } else {
      // a token with "|" (whose shape has it too) or a headline: the features by name
      const lwL = i > 0 ? lower[i - 1] : EDGE;
      const shL = i > 0 ? shapes[i - 1] : EDGE;
      const shR = i + 1 < n ? shapes[i + 1] : EDGE;
      pairFeatures(lwL, shL, lw, shape, caps, 'right', resources, emit);
      pairFeatures(lw, shape, lwR, shR, caps, 'left', resources, emit);
      shapeTrigramFeature(s, i, resources, emit);
    }
    contextFeatures(s, i, doc, resources, emit);
  }
  return scores;
}
