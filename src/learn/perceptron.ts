// A multi-class averaged perceptron over sparse binary features: fast to train, tiny to store,
// and scoring a sentence costs one hash lookup per feature.

/** Weights per feature: label index → weight (only non-zero labels stored). */
export interface PerceptronModel {
  labels: string[];
  weights: Record<string, Record<number, number>>;
  bias: number[];
}

export interface Example {
  features: string[];
  label: string;
}

/** Scores of every label for a feature set. */
export function scores(model: PerceptronModel, features: readonly string[]): number[] {
  const out = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (const k in w) out[Number(k)] += w[k];
  }
  return out;
}

/** Softmax of the scores: a confidence that sums to 1 over the labels. */
export function probabilities(model: PerceptronModel, features: readonly string[]): number[] {
  const s = scores(model, features);
  const max = Math.max(...s);
  const exp = s.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

/** A small deterministic PRNG so that training runs repeat exactly. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed?: number;
  /** weight of each example (e.g. to up-weight in-domain data); default 1 */
  weight?: (example: Example) => number;
  /** drop averaged weights whose magnitude is below this, to keep the model small */
  prune?: number;
}

export function trainPerceptron(examples: readonly Example[], options: TrainOptions): PerceptronModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const n = labels.length;
  // current weights, accumulated (timestamped) totals for averaging
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const bias = new Float64Array(n);
  const biasTotal = new Float64Array(n);
  const biasStamp = new Float64Array(n);
  let step = 1;
  const vec = (map: Map<string, Float64Array>, f: string) => {
    let v = map.get(f);
    if (!v) {
      v = new Float64Array(n);
      map.set(f, v);
    }
    return v;
  };
  const update = (f: string | null, label: number, delta: number) => {
    const [wv, tv, sv] =
      f === null ? [bias, biasTotal, biasStamp] : [vec(w, f), vec(total, f), vec(stamp, f)];
    tv[label] += (step - sv[label]) * wv[label];
    sv[label] = step;
    wv[label] += delta;
  };
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed ?? 1);
  const current: PerceptronModel = { labels, weights: {}, bias: [] };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const example = examples[i];
      const gold = index.get(example.label) ?? 0;
      const s = Array.from(bias);
      for (const f of example.features) {
        const v = w.get(f);
        if (v) for (let k = 0; k < n; k++) s[k] += v[k];
      }
      let guess = 0;
      for (let k = 1; k < n; k++) if (s[k] > s[guess]) guess = k;
      if (guess !== gold) {
        const delta = options.weight?.(example) ?? 1;
        for (const f of example.features) {
          update(f, gold, delta);
          update(f, guess, -delta);
        }
        update(null, gold, delta);
        update(null, guess, -delta);
      }
      step++;
    }
  }
  // average: flush every accumulator up to the final step
  const prune = options.prune ?? 1e-3;
  for (const [f, wv] of w) {
    const tv = vec(total, f);
    const sv = vec(stamp, f);
    const entry: Record<number, number> = {};
    for (let k = 0; k < n; k++) {
      const avg = (tv[k] + (step - sv[k]) * wv[k]) / step;
      if (Math.abs(avg) >= prune) entry[k] = Math.round(avg * 1e4) / 1e4;
    }
    if (Object.keys(entry).length > 0) current.weights[f] = entry;
  }
  current.bias = Array.from(bias, (b, k) => (biasTotal[k] + (step - biasStamp[k]) * b) / step);
  return current;
}
