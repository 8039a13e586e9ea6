import { describe, expect, it } from 'vitest';
import { FeatureVector } from '../../src/ml/features.js';
import { GreedyDecoder, trainGreedyTagger } from '../../src/ml/greedy-tagger.js';
import { hashString } from '../../src/ml/hash.js';
import { AveragedPerceptron } from '../../src/ml/perceptron.js';
import { decodeLinearModel, encodeLinearModel } from '../../src/ml/serialize.js';

// A toy tagging task: label a word "V" after "to", else "N" unless it is "to" ("T").
const LABELS = ['N', 'T', 'V'];
const sentences = [
  'to go home',
  'home to run',
  'we want to eat fish',
  'fish to fish',
  'they like fish',
  'we like home',
].map((s) => s.split(' '));
const gold = (words: string[]) =>
  Int32Array.from(words, (w, i) => (w === 'to' ? 1 : words[i - 1] === 'to' ? 2 : 0));
const extract = (words: string[], i: number, history: Int32Array, f: FeatureVector) => {
  f.add(0, 0);
  f.add(1, hashString(words[i]));
  f.add(2, i > 0 ? history[i - 1] : 99);
};

describe('averaged perceptron', () => {
  it('moves weight towards the right label on a mistake', () => {
    const p = new AveragedPerceptron(['A', 'B']);
    const f = new FeatureVector();
    f.add(1, 7);
    const scores = new Float64Array(2);
    p.tick();
    p.update(1, 0, f);
    p.tick(); // the new weight counts in the average from the next decision on
    p.score(f, scores);
    expect(scores[1]).toBeGreaterThan(scores[0]);
    const frozen = p.freeze();
    frozen.score(f, scores);
    expect(scores[1]).toBeGreaterThan(scores[0]);
  });

  it('learns a greedy tagger whose decisions survive freezing and serialization', () => {
    const learner = trainGreedyTagger({ labels: LABELS, sentences, gold, extract, epochs: 10, seed: 3 });
    const model = learner.freeze();
    const bytes = encodeLinearModel(model, { note: 'test' });
    const { model: loaded, header } = decodeLinearModel(bytes);
    expect(header.meta).toEqual({ note: 'test' });
    expect(header.labels).toEqual(LABELS);
    const fresh = 'we to swim'.split(' '); // "swim" is new: only its left context says V
    for (const m of [model, loaded]) {
      const decoded = new GreedyDecoder(m, { extract }).decode(fresh, fresh.length);
      expect(Array.from(decoded, (y) => LABELS[y])).toEqual(['N', 'T', 'V']);
    }
  });

  it('is deterministic: the same data and seed give byte-identical models', () => {
    const train = () =>
      encodeLinearModel(
        trainGreedyTagger({ labels: LABELS, sentences, gold, extract, epochs: 3, seed: 9 }).freeze(),
        {},
      );
    expect(train().equals(train())).toBe(true);
  });

  it('rejects bytes that are not a model', () => {
    expect(() => decodeLinearModel(Buffer.from('nope, not a model'))).toThrow(/magic/);
  });
});

describe('greedy decoder cache', () => {
  it('gives the same labels with history-free features cached as without', () => {
    const wordFeatures = (words: string[], i: number, f: FeatureVector) => {
      f.add(0, 0);
      f.add(1, hashString(words[i]));
    };
    const historyFeatures = (_: string[], i: number, history: Int32Array, f: FeatureVector) => {
      f.add(2, i > 0 ? history[i - 1] : 99);
    };
    const cached = { key: (words: string[], i: number) => hashString(words[i]), extract: wordFeatures };
    const model = trainGreedyTagger({
      labels: LABELS,
      sentences,
      gold,
      extract: historyFeatures,
      cached,
      epochs: 10,
      seed: 3,
    }).freeze();
    const plain = new GreedyDecoder(model, { extract });
    const withCache = new GreedyDecoder(model, { extract: historyFeatures, cached });
    for (const words of [...sentences, 'we to swim'.split(' ')]) {
      expect(Array.from(withCache.decode(words, words.length))).toEqual(
        Array.from(plain.decode(words, words.length)),
      );
    }
    expect(Array.from(withCache.decode(['we', 'to', 'swim'], 3), (y) => LABELS[y])).toEqual(['N', 'T', 'V']);
  });
});
