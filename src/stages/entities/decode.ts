// Scoring and Viterbi decoding for one sentence under a pass model.
import { LABEL_COUNT } from './labels.js';

/** Weights from the model file (Float32Array) or from training (Float64Array). */
export type Weights = Float32Array | Float64Array;

// Imported bindings are copied to module constants: hot loops then read a constant, not an
// import binding (which some loaders, tsx among them, compile to a getter call).
const L = LABEL_COUNT;

/** Adds feature weight rows into `scores` (tokens × LABEL_COUNT). */
export function addRow(scores: Float32Array, token: number, weights: Weights, feature: number): void {
  const at = token * L;
  const from = feature * L;
  for (let l = 0; l < L; l++) scores[at + l] += weights[from + l];
}

/**
 * For each label, the labels that may precede it (transition weight above the disallowed mark).
 * Only the labels are cached: training changes the weights in place, never which are disallowed.
 */
const predecessorCache = new WeakMap<Weights, Int32Array[]>();
function predecessors(transitions: Weights): Int32Array[] {
  let lists = predecessorCache.get(transitions);
  if (!lists) {
    const W = LABEL_COUNT + 1;
    lists = Array.from({ length: LABEL_COUNT }, (_, l) =>
      Int32Array.from(
        Array.from({ length: LABEL_COUNT }, (_, p) => p).filter((p) => transitions[p * W + l] > -1e8),
      ),
    );
    predecessorCache.set(transitions, lists);
  }
  return lists;
}

// Scratch arrays reused from sentence to sentence (grown when a sentence is longer).
let bestScratch = new Float64Array(256 * L);
let backScratch = new Int32Array(256 * L);

/**
 * The best label sequence for per-token label scores and transition weights
 * ((LABEL_COUNT + 1)², index LABEL_COUNT = boundary; disallowed transitions are very negative).
 */
export function viterbi(scores: Float32Array, n: number, transitions: Weights): number[] {
  const B = L;
  const W = L + 1;
  const allowed = predecessors(transitions);
  if (bestScratch.length < n * L) {
    bestScratch = new Float64Array(2 * n * L);
    backScratch = new Int32Array(2 * n * L);
  }
  const best = bestScratch;
  const back = backScratch;
  for (let l = 0; l < L; l++) best[l] = transitions[B * W + l] + scores[l];
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    for (let l = 0; l < L; l++) {
      const from = allowed[l];
      let max = Number.NEGATIVE_INFINITY;
      let arg = from[0];
      for (let k = 0; k < from.length; k++) {
        const p = from[k];
        const v = best[prev + p] + transitions[p * W + l];
        if (v > max) {
          max = v;
          arg = p;
        }
      }
      best[t * L + l] = max + scores[t * L + l];
      back[t * L + l] = arg;
    }
  }
  let max = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const v = best[(n - 1) * L + l] + transitions[l * W + B];
    if (v > max) {
      max = v;
      arg = l;
    }
  }
  const labels = new Array<number>(n);
  for (let t = n - 1; t >= 0; t--) {
    labels[t] = arg;
    arg = back[t * L + arg];
  }
  return labels;
}
