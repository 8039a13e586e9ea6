// A trained multiclass linear model over hashed features, frozen for fast scoring. Each feature
// that kept a non-zero weight owns a short row of (label, weight) pairs; an open-addressing table
// maps a feature key to its row. Scoring a decision touches only the rows of its features.
import type { FeatureVector } from './features.js';

export interface LinearModelData {
  /** The label names; a label's index is its position here. */
  readonly labels: readonly string[];
  /** Feature keys in increasing order. */
  readonly keys: Uint32Array;
  /** Row of feature `f`: pairs `rowStart[f] .. rowStart[f + 1]`; length `keys.length + 1`. */
  readonly rowStart: Uint32Array;
  /** Label index of each (label, weight) pair. */
  readonly pairLabels: Uint8Array;
  /** Weight of each pair. */
  readonly pairWeights: Float32Array;
}

export class LinearModel {
  readonly labels: readonly string[];
  readonly data: LinearModelData;
  /**
   * Open-addressing table, two int32 per slot: the feature key, then (first pair << 8 | pair count),
   * or -1 in the second cell when empty. One slot read gives both, which keeps lookups cache-friendly.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * Each pair packed in one int32 — the weight quantized to int16 (against `scale`) above the
   * 8-bit label — so that reading a row touches a single array.
   */
  private readonly packed: Int32Array;
  private readonly scale: number;

  constructor(data: LinearModelData) {
    if (data.labels.length > 255) throw new RangeError('a linear model holds at most 255 labels');
    if (data.pairWeights.length >= 1 << 23)
      throw new RangeError('a linear model holds fewer than 2^23 pairs');
    this.data = data;
    this.labels = data.labels;
    let maxAbs = 0;
    for (const w of data.pairWeights) maxAbs = Math.max(maxAbs, Math.abs(w));
    this.scale = maxAbs === 0 ? 1 : maxAbs / 32767;
    this.packed = new Int32Array(data.pairWeights.length);
    for (let p = 0; p < data.pairWeights.length; p++) {
      this.packed[p] = (Math.round(data.pairWeights[p] / this.scale) << 8) | data.pairLabels[p];
    }
    let size = 16;
    while (size * 0.6 < data.keys.length) size *= 2; // load ≤ 0.6: misses stay within a cache line or two
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (let slot = 0; slot < size; slot++) this.table[slot * 2 + 1] = -1;
    for (let f = 0; f < data.keys.length; f++) {
      let slot = data.keys[f] & this.mask;
      while (this.table[slot * 2 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = data.keys[f] | 0;
      this.table[slot * 2 + 1] = (data.rowStart[f] << 8) | (data.rowStart[f + 1] - data.rowStart[f]);
    }
  }

  /** Number of features with a row. */
  get featureCount(): number {
    return this.data.keys.length;
  }

  /** Writes the score of every label for `features` into `out` (length ≥ number of labels). */
  score(features: FeatureVector, out: Float64Array): void {
    const n = this.labels.length;
    out.fill(0, 0, n);
    this.accumulate(features, out);
    for (let y = 0; y < n; y++) out[y] *= this.scale;
  }

  /**
   * Adds the score of every label for `features` to `out`, in the model's integer weight units
   * (score / scale): cheaper, and enough to compare labels, but only to be summed with other
   * `accumulate` results of the same model.
   */
  accumulate(features: FeatureVector, out: Float64Array): void {
    const { table, mask, packed } = this;
    const { keys, count } = features;
    for (let i = 0; i < count; i++) {
      const key = keys[i] | 0;
      let slot = key & mask;
      let row = table[slot * 2 + 1];
      while (row !== -1 && table[slot * 2] !== key) {
        slot = (slot + 1) & mask;
        row = table[slot * 2 + 1];
      }
      if (row === -1) continue;
      for (let p = row >>> 8, end = p + (row & 0xff); p < end; p++) out[packed[p] & 0xff] += packed[p] >> 8;
    }
  }
}
