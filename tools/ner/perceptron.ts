// Structured averaged perceptron over BIOES label sequences (Collins 2002): decode each training
// sentence with the current weights, and where the best sequence differs from the gold one, add the
// gold sequence's features and subtract the predicted one's. The averaged weights (the mean of the
// weights after every sentence, kept lazily) generalise much better than the last ones.
import { addRow, viterbi } from '../../src/stages/entities/decode.js';
import {
  type DocumentContext,
  type FeatureFamily,
  type FeatureResources,
  type PreparedSentence,
  tokenFeatures,
} from '../../src/stages/entities/features.js';
import { allowedTransition, LABEL_COUNT } from '../../src/stages/entities/labels.js';
import type { Scorer } from '../../src/stages/entities/tagger.js';

export interface TrainingSentence {
  readonly sentence: PreparedSentence;
  readonly doc: DocumentContext;
  readonly gold: readonly number[];
}

export interface TrainOptions {
  readonly families: readonly FeatureFamily[];
  readonly resources: FeatureResources;
  readonly epochs: number;
  /** features seen fewer times than this in training are dropped */
  readonly minCount: number;
  readonly seed: number;
  /** called after each epoch with the averaged model so far */
  readonly onEpoch?: (epoch: number, scorer: Scorer) => void;
}

const L = LABEL_COUNT;
const W = L + 1;
const DISALLOWED = -1e9;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature ids of every token of every sentence, and the feature dictionary (count ≥ minCount). */
function indexFeatures(data: readonly TrainingSentence[], options: TrainOptions) {
  const counts = new Map<string, number>();
  for (const { sentence, doc } of data) {
    for (let i = 0; i < sentence.words.length; i++) {
      tokenFeatures(sentence, i, doc, options.resources, (f) => counts.set(f, (counts.get(f) ?? 0) + 1));
    }
  }
  const features = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount) features.set(f, features.size);
  const tokenIds = data.map(({ sentence, doc }) => {
    const perToken: Int32Array[] = [];
    for (let i = 0; i < sentence.words.length; i++) {
      const ids: number[] = [];
      tokenFeatures(sentence, i, doc, options.resources, (f) => {
        const id = features.get(f);
        if (id !== undefined) ids.push(id);
      });
      perToken.push(Int32Array.from(ids));
    }
    return perToken;
  });
  return { features, tokenIds };
}

export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): Scorer {
  const { features, tokenIds } = indexFeatures(data, options);
  const F = features.size;
  const weights = new Float64Array(F * L);
  const sums = new Float64Array(F * L); // Σ (step × update), for lazy averaging
  const transitions = new Float64Array(W * W);
  const transitionSums = new Float64Array(W * W);
  for (let a = 0; a < W; a++) {
    for (let b = 0; b < W; b++) {
      const ok = allowedTransition(a === L ? -1 : a, b === L ? -1 : b) && !(a === L && b === L);
      transitions[a * W + b] = ok ? 0 : DISALLOWED;
    }
  }
  const random = mulberry32(options.seed);
  const order = data.map((_, k) => k);
  let step = 1;

  const update = (ids: Int32Array, label: number, delta: number) => {
    for (const id of ids) {
      weights[id * L + label] += delta;
      sums[id * L + label] += step * delta;
    }
  };
  const updateTransition = (a: number, b: number, delta: number) => {
    transitions[a * W + b] += delta;
    transitionSums[a * W + b] += step * delta;
  };
  const averaged = (): Scorer => {
    const avgWeights = new Float64Array(F * L);
    for (let k = 0; k < avgWeights.length; k++) avgWeights[k] = weights[k] - sums[k] / step;
    const avgTransitions = new Float32Array(W * W);
    for (let k = 0; k < W * W; k++) {
      avgTransitions[k] =
        transitions[k] <= DISALLOWED / 2 ? DISALLOWED : transitions[k] - transitionSums[k] / step;
    }
    return { families: options.families, features, weights: avgWeights, transitions: avgTransitions };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const k of order) {
      const ids = tokenIds[k];
      const gold = data[k].gold;
      const n = ids.length;
      if (n === 0) continue;
      const scores = new Float32Array(n * L);
      for (let i = 0; i < n; i++) for (const id of ids[i]) addRow(scores, i, weights, id);
      const predicted = viterbi(scores, n, transitions);
      let differs = false;
      for (let i = 0; i < n; i++) if (predicted[i] !== gold[i]) differs = true;
      if (differs) {
        for (let i = 0; i < n; i++) {
          if (predicted[i] !== gold[i]) {
            update(ids[i], gold[i], 1);
            update(ids[i], predicted[i], -1);
          }
          const gPrev = i === 0 ? L : gold[i - 1];
          const pPrev = i === 0 ? L : predicted[i - 1];
          if (gPrev !== pPrev || gold[i] !== predicted[i]) {
            updateTransition(gPrev, gold[i], 1);
            updateTransition(pPrev, predicted[i], -1);
          }
        }
        updateTransition(gold[n - 1], L, 1);
        updateTransition(predicted[n - 1], L, -1);
      }
      step++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
