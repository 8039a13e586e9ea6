// Per-token label scores of a sentence under one pass model. Many features depend on one word only
// (its own features, and what it tells its neighbours), so their summed weights are cached per word
// (keyed by the token string itself, so no key is built per token); the features of word pairs and
// wider contexts are looked up per token. (Caching word pairs too was slower: most pairs are rare,
// and a miss costs more than the lookups it saves.)
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
import { pairIndex } from './pair-index.js';

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

/** Cached rows of one word: its own features and what it gives each neighbour. */
interface WordEntry {
  readonly self: Float32Array;
  /** one row per offset in NEIGHBOURS */
  readonly neighbour: Float32Array[];
}

/** Words of ordinary sentences and of all-caps sentences (headlines) are cached apart. */
interface ScorerCache {
  readonly plain: Map<string, WordEntry>;
  readonly caps: Map<string, WordEntry>;
}

let caches = new WeakMap<Scorer, ScorerCache>();
/** Caches are dropped beyond this many words, so a long-running process stays bounded. */
const CACHE_LIMIT = 100_000;

/** Forgets the cached rows (benchmarks measure the tagger from a cold cache). */
export function clearTaggerCaches(): void {
  caches = new WeakMap();
}

function rowOf(scorer: Scorer, collect: (emit: (feature: string) => void) => void): Float32Array {
  const row = new Float32Array(L);
  collect((name) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(row, 0, scorer.weights, id);
  });
  return row;
}

function wordEntry(
  scorer: Scorer,
  resources: FeatureResources,
  word: string,
  lower: string,
  shape: string,
  caps: string,
): WordEntry {
  return {
    self: rowOf(scorer, (emit) => wordFeatures(word, lower, shape, caps, resources, emit)),
    neighbour: OFFSETS.map((offset) =>
      rowOf(scorer, (emit) => neighbourFeatures(offset, lower, shape, caps, resources, emit)),
    ),
  };
}

function addId(scores: Float32Array, token: number, scorer: Scorer, id: number | undefined): void {
  if (id !== undefined) addRow(scores, token, scorer.weights, id);
}

function addVector(scores: Float32Array, token: number, row: Float32Array): void {
  const at = token * L;
  for (let l = 0; l < L; l++) scores[at + l] += row[l];
}

/** Label scores (tokens × LABEL_COUNT) of every token of the sentence. */
export function scoreSentence(
  s: PreparedSentence,
  doc: DocumentContext,
  scorer: Scorer,
  resources: FeatureResources,
): Float32Array {
  const n = s.words.length;
  let cache = caches.get(scorer);
  if (!cache || cache.plain.size + cache.caps.size > CACHE_LIMIT) {
    cache = { plain: new Map(), caps: new Map() };
    caches.set(scorer, cache);
  }
  const { words, lower, shapes } = s;
  const caps = s.allCaps ? 'C' : '';
  const map = s.allCaps ? cache.caps : cache.plain;
  // entries[0] and entries[n + 1] are the sentence boundary; entries[i + 1] is token i
  const entries: WordEntry[] = new Array(n + 2);
  let edge = map.get(EDGE);
  if (!edge) {
    edge = wordEntry(scorer, resources, EDGE, EDGE, EDGE, caps);
    map.set(EDGE, edge);
  }
  entries[0] = edge;
  entries[n + 1] = edge;
  for (let i = 0; i < n; i++) {
    let entry = map.get(words[i]);
    if (!entry) {
      entry = wordEntry(scorer, resources, words[i], lower[i], shapes[i], caps);
      map.set(words[i], entry);
    }
    entries[i + 1] = entry;
  }
  const scores = new Float32Array(n * L);
  let token = 0;
  // Ordinary sentences look pair features up through the nested index (see pair-index.ts).
  const pairs = s.allCaps || !resources.families.has('base') ? undefined : pairIndex(scorer);
  const emit = (name: string) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(scores, token, scorer.weights, id);
  };
  for (let i = 0; i < n; i++) {
    addVector(scores, i, entries[i + 1].self);
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      addVector(scores, i, (j >= 0 && j < n ? entries[j + 1] : edge).neighbour[k]);
    }
    token = i;
    const lwL = i > 0 ? lower[i - 1] : EDGE;
    const lwR = i + 1 < n ? lower[i + 1] : EDGE;
    const lw = lower[i];
    const shape = shapes[i];
    const shL = i > 0 ? shapes[i - 1] : EDGE;
    const shR = i + 1 < n ? shapes[i + 1] : EDGE;
    if (pairs && !lwL.includes('|') && !lw.includes('|') && !lwR.includes('|')) {
      addId(scores, i, scorer, pairs.previousWord.get(lwL)?.get(lw));
      addId(scores, i, scorer, pairs.previousShape.get(lwL)?.get(shape));
      addId(scores, i, scorer, pairs.nextWord.get(lw)?.get(lwR));
      addId(scores, i, scorer, pairs.shapeNext.get(shape)?.get(lwR));
    } else {
      pairFeatures(lwL, shL, lw, shape, caps, 'right', resources, emit);
      pairFeatures(lw, shape, lwR, shR, caps, 'left', resources, emit);
    }
    if (pairs && !shL.includes('|') && !shape.includes('|') && !shR.includes('|')) {
      addId(scores, i, scorer, pairs.shapeTrigram.get(shL)?.get(shape)?.get(shR));
    } else shapeTrigramFeature(s, i, resources, emit);
    contextFeatures(s, i, doc, resources, emit);
  }
  return scores;
}
