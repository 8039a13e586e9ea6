// Tags a document (sentences of words) with BIOES labels: pass one uses local and document
// features; pass two, when the model has one, adds what pass one said about the same words elsewhere
// in the document, so "Hingis" at the start of a sentence gets the type her other mentions got.
import { addRow, viterbi } from './decode.js';
import {
  BOUNDARY,
  contextFeatures,
  type DocumentContext,
  documentContext,
  type FeatureFamily,
  type FeatureResources,
  NEIGHBOURS,
  neighbourFeatures,
  type PreparedSentence,
  prepareSentence,
  wordFeatures,
} from './features.js';
import { gazetteer } from './gazetteer.js';
import { LABEL_COUNT, LABELS, OUTSIDE } from './labels.js';
import { type NerModel, nerModel, type PassModel } from './model.js';
import { wordClasses } from './word-classes.js';

/** A pass model's weights may come from training (Float64Array) or from the file (Float32Array). */
export type Scorer = Pick<PassModel, 'features' | 'transitions'> & {
  readonly families: readonly FeatureFamily[];
  readonly weights: Float32Array | Float64Array;
};

export function resourcesFor(families: Iterable<FeatureFamily>): FeatureResources {
  const set = new Set(families);
  return {
    families: set,
    gazetteer: set.has('gazetteer') ? gazetteer() : undefined,
    classes: set.has('clusters') ? wordClasses() : undefined,
  };
}

/**
 * Summed weights of a word's own features and of the features it gives its neighbours (one row per
 * offset in NEIGHBOURS), per scorer: words repeat, so most tokens cost one map lookup here.
 */
interface WordRows {
  readonly self: Float32Array;
  readonly neighbour: Float32Array[];
}

let caches = new WeakMap<Scorer, Map<string, WordRows>>();
/** Caches are cleared beyond this many words, so a long-running process stays bounded. */
const CACHE_LIMIT = 200_000;

/** Forgets the cached rows (benchmarks measure the tagger from a cold cache). */
export function clearTaggerCaches(): void {
  caches = new WeakMap();
}

function rowOf(scorer: Scorer, collect: (emit: (feature: string) => void) => void): Float32Array {
  const row = new Float32Array(LABEL_COUNT);
  collect((name) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(row, 0, scorer.weights, id);
  });
  return row;
}

function wordRows(
  scorer: Scorer,
  resources: FeatureResources,
  word: string,
  lower: string,
  shape: string,
  caps: string,
): WordRows {
  return {
    self: rowOf(scorer, (emit) => wordFeatures(word, lower, shape, caps, resources, emit)),
    neighbour: NEIGHBOURS.map((offset) =>
      rowOf(scorer, (emit) => neighbourFeatures(offset, lower, shape, caps, resources, emit)),
    ),
  };
}

function addVector(scores: Float32Array, token: number, row: Float32Array): void {
  const at = token * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] += row[l];
}

export function decodeSentence(
  s: PreparedSentence,
  doc: DocumentContext,
  scorer: Scorer,
  resources: FeatureResources,
): number[] {
  const n = s.words.length;
  if (n === 0) return [];
  let cache = caches.get(scorer);
  if (!cache || cache.size > CACHE_LIMIT) {
    cache = new Map();
    caches.set(scorer, cache);
  }
  const { words, lower, shapes } = s;
  const caps = s.allCaps ? 'C' : '';
  const rows: WordRows[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const key = caps + words[i];
    let entry = cache.get(key);
    if (!entry) {
      entry = wordRows(scorer, resources, words[i], lower[i], shapes[i], caps);
      cache.set(key, entry);
    }
    rows[i] = entry;
  }
  const boundaryKey = `${caps}${BOUNDARY}`;
  let boundary = cache.get(boundaryKey);
  if (!boundary) {
    boundary = wordRows(scorer, resources, BOUNDARY, BOUNDARY, BOUNDARY, caps);
    cache.set(boundaryKey, boundary);
  }
  const scores = new Float32Array(n * LABEL_COUNT);
  let token = 0;
  const emit = (name: string) => {
    const id = scorer.features.get(name);
    if (id !== undefined) addRow(scores, token, scorer.weights, id);
  };
  for (let i = 0; i < n; i++) {
    addVector(scores, i, rows[i].self);
    for (let k = 0; k < NEIGHBOURS.length; k++) {
      const j = i + NEIGHBOURS[k];
      addVector(scores, i, (j >= 0 && j < n ? rows[j] : boundary).neighbour[k]);
    }
    token = i;
    contextFeatures(s, i, doc, resources, emit);
  }
  return viterbi(scores, n, scorer.transitions);
}

/** Lowercase word → the entity type pass one gave its occurrences most often in the document. */
export function firstPassTypes(
  sentences: readonly PreparedSentence[],
  labels: readonly (readonly number[])[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    labels[k].forEach((label, i) => {
      if (label === OUTSIDE) return;
      const type = LABELS[label].slice(2);
      let byType = counts.get(s.lower[i]);
      if (!byType) {
        byType = new Map();
        counts.set(s.lower[i], byType);
      }
      byType.set(type, (byType.get(type) ?? 0) + 1);
    });
  });
  const result = new Map<string, string>();
  for (const [word, byType] of counts) {
    let best = '';
    let max = 0;
    for (const [type, c] of byType) {
      if (c > max || (c === max && type < best)) {
        max = c;
        best = type;
      }
    }
    result.set(word, best);
  }
  return result;
}

/** The document context of pass two: what pass one said about each word and token. */
export function secondPassContext(
  context: DocumentContext,
  prepared: readonly PreparedSentence[],
  labels: readonly (readonly number[])[],
): DocumentContext {
  return {
    ...context,
    firstPassType: firstPassTypes(prepared, labels),
    firstPassLabels: new Map(prepared.map((s, k) => [s, labels[k]])),
  };
}

/** BIOES label ids for each sentence of a document, given as words. */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  model: NerModel = nerModel(),
): number[][] {
  return tagWithScorers(sentences, model.passes);
}

export function tagWithScorers(
  sentences: readonly (readonly string[])[],
  passes: readonly Scorer[],
): number[][] {
  const all = resourcesFor(passes.flatMap((p) => p.families));
  const prepared = sentences.map((words) => prepareSentence(words, all));
  const context = documentContext(prepared);
  let labels: number[][] = [];
  passes.forEach((pass, k) => {
    const resources = resourcesFor(pass.families);
    const doc: DocumentContext = k === 0 ? context : secondPassContext(context, prepared, labels);
    labels = prepared.map((s) => decodeSentence(s, doc, pass, resources));
  });
  return labels;
}
