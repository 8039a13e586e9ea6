// A reusable buffer of hashed feature keys for one decision (one token). Feature extractors call
// `add*` with a template id (a small integer naming the feature's kind) and its parts.
import { finish, mix } from './hash.js';

export class FeatureVector {
  keys: Uint32Array;
  count = 0;

  constructor(capacity = 64) {
    this.keys = new Uint32Array(capacity);
  }

  clear(): void {
    this.count = 0;
  }

  /** Adds the feature `template(a)`. */
  add(template: number, a: number): void {
    this.push(finish(mix(mix(template, a), 1)));
  }

  /** Adds the conjunction `template(a, b)`. */
  add2(template: number, a: number, b: number): void {
    this.push(finish(mix(mix(mix(template, a), b), 2)));
  }

  /** Adds the conjunction `template(a, b, c)`. */
  add3(template: number, a: number, b: number, c: number): void {
    this.push(finish(mix(mix(mix(mix(template, a), b), c), 3)));
  }

  private push(key: number): void {
    if (this.count === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = key;
  }
}
