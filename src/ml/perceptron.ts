// Multiclass averaged perceptron over hashed features (Collins 2002; the lazy averaging trick of
// Daumé III). Weights live in sparse rows — only (feature, label) pairs that were ever updated —
// so memory follows the number of mistakes, not features × labels. `freeze()` returns the
// averaged weights as a LinearModel for fast decoding.
import type { FeatureVector } from './features.js';
import { LinearModel } from './linear-model.js';

interface Row {
  labels: number[];
  slots: number[];
}

export class AveragedPerceptron {
  readonly labels: readonly string[];
  private readonly rows = new Map<number, Row>();
  private weights = new Float64Array(1 << 16);
  private totals = new Float64Array(1 << 16);
  private stamps = new Float64Array(1 << 16);
  private used = 0;
  /** Number of decisions seen so far (the averaging clock). */
  private clock = 0;

  constructor(labels: readonly string[]) {
    if (labels.length > 255) throw new RangeError('a perceptron holds at most 255 labels');
    this.labels = labels;
  }

  /** Writes the current (non-averaged) score of every label into `out`. */
  score(features: FeatureVector, out: Float64Array): void {
    out.fill(0, 0, this.labels.length);
    const { keys, count } = features;
    for (let i = 0; i < count; i++) {
      const row = this.rows.get(keys[i]);
      if (row === undefined) continue;
      for (let k = 0; k < row.labels.length; k++) out[row.labels[k]] += this.weights[row.slots[k]];
    }
  }

  /** Counts one decision; call it once per training decision, before `update`. */
  tick(): void {
    this.clock += 1;
  }

  /** Moves weight from `guess` to `truth` on every feature of `features` (no-op when equal). */
  update(truth: number, guess: number, features: FeatureVector): void {
    if (truth === guess) return;
    const { keys, count } = features;
    for (let i = 0; i < count; i++) {
      this.add(keys[i], truth, 1);
      this.add(keys[i], guess, -1);
    }
  }

  private add(key: number, label: number, delta: number): void {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = { labels: [], slots: [] };
      this.rows.set(key, row);
    }
    let k = row.labels.indexOf(label);
    if (k === -1) {
      k = row.labels.length;
      row.labels.push(label);
      row.slots.push(this.allocate());
    }
    const slot = row.slots[k];
    this.totals[slot] += (this.clock - this.stamps[slot]) * this.weights[slot];
    this.stamps[slot] = this.clock;
    this.weights[slot] += delta;
  }

  private allocate(): number {
    if (this.used === this.weights.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    this.stamps[this.used] = this.clock;
    return this.used++;
  }

  /**
   * The averaged model. Pairs whose averaged |weight| is below `minWeight` are dropped (a size
   * knob: tiny weights rarely change a decision); features left without pairs disappear.
   */
  freeze(minWeight = 0): LinearModel {
    const clock = Math.max(this.clock, 1);
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const kept: number[] = [];
    const rowStart: number[] = [0];
    const pairLabels: number[] = [];
    const pairWeights: number[] = [];
    for (const key of keys) {
      const row = this.rows.get(key) as Row;
      const before = pairLabels.length;
      // Pairs in label order, so that the frozen model does not depend on update order.
      const order = row.labels.map((_, k) => k).sort((a, b) => row.labels[a] - row.labels[b]);
      for (const k of order) {
        const slot = row.slots[k];
        const total = this.totals[slot] + (this.clock - this.stamps[slot]) * this.weights[slot];
        const average = total / clock;
        if (Math.abs(average) <= minWeight || average === 0) continue;
        pairLabels.push(row.labels[k]);
        pairWeights.push(average);
      }
      if (pairLabels.length === before) continue;
      kept.push(key);
      rowStart.push(pairLabels.length);
    }
    return new LinearModel({
      labels: this.labels,
      keys: Uint32Array.from(kept),
      rowStart: Uint32Array.from(rowStart),
      pairLabels: Uint8Array.from(pairLabels),
      pairWeights: Float32Array.from(pairWeights),
    });
  }
}
