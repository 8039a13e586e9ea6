// Greedy left-to-right sequence labelling with a linear model: each position is labelled from its
// features, which may read the labels already chosen to its left (the history). Training runs the
// same decoder and updates an averaged perceptron on every mistake, so the model learns from the
// histories it will really see. An optional transition matrix forbids label bigrams (e.g. I-NP
// after O in IOB2).
import { FeatureVector } from './features.js';
import type { LinearModel } from './linear-model.js';
import { AveragedPerceptron } from './perceptron.js';
import { seededRandom, shuffleInPlace } from './random.js';

/** Writes the features of position `i` of `sentence`; `history[j]` (j < i) is the label of j. */
export type SequenceFeatures<S> = (sentence: S, i: number, history: Int32Array, out: FeatureVector) => void;

/**
 * Label fixed in advance for position `i` (e.g. from a dictionary of unambiguous words), or -1 to
 * let the model decide. Fixed positions are skipped by training and decoding alike.
 */
export type PresetLabels<S> = (sentence: S, i: number) => number;

/**
 * Features that do not depend on the history and repeat across positions (a word's own affixes,
 * a window of POS tags): the decoder scores them once per distinct `key` and reuses the scores.
 * `key` must determine the features completely.
 */
export interface CachedFeatures<S> {
  key: (sentence: S, i: number) => number;
  extract: (sentence: S, i: number, out: FeatureVector) => void;
}

/** How positions are featurized and constrained; shared by training and decoding. */
export interface GreedyTaggerSpec<S> {
  /** The features of a position not covered by `cached` (all of them when there is no cache). */
  extract: SequenceFeatures<S>;
  cached?: CachedFeatures<S>;
  allowed?: Transitions;
  preset?: PresetLabels<S>;
}

/**
 * Allowed label bigrams for `n` labels: `allowed[(prev + 1) * n + next]` is 1 when `next` may
 * follow `prev`; row 0 (prev = -1) is the sentence start.
 */
export type Transitions = Uint8Array;

/** Index of the best-scoring label allowed after `prev`. */
function best(scores: Float64Array, n: number, prev: number, allowed: Transitions | undefined): number {
  let arg = -1;
  let max = Number.NEGATIVE_INFINITY;
  const row = (prev + 1) * n;
  for (let y = 0; y < n; y++) {
    if (allowed !== undefined && allowed[row + y] === 0) continue;
    if (scores[y] > max) {
      max = scores[y];
      arg = y;
    }
  }
  return arg;
}

/** Entries kept in a decoder's cache of static scores before it starts afresh. */
const CACHE_LIMIT = 50_000;

/** A reusable greedy decoder for one model and one spec. Not safe for concurrent use (it reuses buffers). */
export class GreedyDecoder<S> {
  private readonly features = new FeatureVector();
  private readonly scores: Float64Array;
  private readonly cache = new Map<number, Float64Array>();

  constructor(
    private readonly model: LinearModel,
    private readonly spec: GreedyTaggerSpec<S>,
  ) {
    this.scores = new Float64Array(model.labels.length);
  }

  /** Labels the `length` positions of `sentence` into `out` (label indices). */
  decode(sentence: S, length: number, out: Int32Array = new Int32Array(length)): Int32Array {
    const n = this.model.labels.length;
    const { extract, cached, allowed, preset } = this.spec;
    const { features, scores } = this;
    for (let i = 0; i < length; i++) {
      const fixed = preset === undefined ? -1 : preset(sentence, i);
      if (fixed !== -1) {
        out[i] = fixed;
        continue;
      }
      if (cached === undefined) scores.fill(0);
      else scores.set(this.staticScores(cached, sentence, i));
      features.clear();
      extract(sentence, i, out, features);
      this.model.accumulate(features, scores);
      out[i] = best(scores, n, i === 0 ? -1 : out[i - 1], allowed);
    }
    return out;
  }

  private staticScores(cached: CachedFeatures<S>, sentence: S, i: number): Float64Array {
    const key = cached.key(sentence, i);
    let scores = this.cache.get(key);
    if (scores === undefined) {
      scores = new Float64Array(this.model.labels.length);
      this.features.clear();
      cached.extract(sentence, i, this.features);
      this.model.accumulate(this.features, scores);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, scores);
    }
    return scores;
  }
}

export interface GreedyTrainingOptions<S> extends GreedyTaggerSpec<S> {
  labels: readonly string[];
  sentences: readonly S[];
  /** Gold label indices of a sentence (its length is the sentence length). */
  gold: (sentence: S) => ArrayLike<number>;
  epochs: number;
  /** Seed of the per-epoch shuffle: same data, options and seed give the same model. */
  seed: number;
  /** Called after each epoch with the number of training mistakes and the learner so far. */
  onEpoch?: (epoch: number, mistakes: number, learner: AveragedPerceptron) => void;
}

export function trainGreedyTagger<S>(options: GreedyTrainingOptions<S>): AveragedPerceptron {
  const { labels, extract, cached, allowed, preset } = options;
  const learner = new AveragedPerceptron(labels);
  const features = new FeatureVector();
  const scores = new Float64Array(labels.length);
  const order = [...options.sentences];
  const random = seededRandom(options.seed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let mistakes = 0;
    for (const sentence of order) {
      const gold = options.gold(sentence);
      const history = new Int32Array(gold.length);
      for (let i = 0; i < gold.length; i++) {
        const fixed = preset === undefined ? -1 : preset(sentence, i);
        if (fixed !== -1) {
          history[i] = fixed;
          continue;
        }
        features.clear();
        cached?.extract(sentence, i, features);
        extract(sentence, i, history, features);
        learner.score(features, scores);
        const guess = best(scores, labels.length, i === 0 ? -1 : history[i - 1], allowed);
        learner.tick();
        if (guess !== gold[i]) {
          mistakes += 1;
          learner.update(gold[i], guess, features);
        }
        history[i] = guess;
      }
    }
    options.onEpoch?.(epoch, mistakes, learner);
  }
  return learner;
}
