// The summed weights of the features that depend on one word only, cached per word: a block of
// BLOCK floats per word, its own row then one row per neighbour offset (NEIGHBOURS), all blocks in
// one growing Float32Array. One array instead of a typed array per row (each with its own buffer
// outside the heap) keeps the rows close in memory and leaves the garbage collector little to do.
// Each word may also keep one more value of the caller's (`extra`), found with its block.
import { NEIGHBOURS } from './features.js';
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;
/** floats per word: its own row, then the one it gives each neighbour */
const BLOCK = (1 + NEIGHBOURS.length) * L;

export class WordRows<Extra> {
  /** word → offset of its block in `rows` */
  private readonly offsets = new Map<string, number>();
  /** the extra value of each block, in block order */
  private readonly extras: Extra[] = [];
  rows = new Float32Array(1024 * BLOCK);
  private used = 0;

  get size(): number {
    return this.offsets.size;
  }

  /** The offset of the word's block, or −1 if it has none yet. */
  offsetOf(word: string): number {
    return this.offsets.get(word) ?? -1;
  }

  /** The extra value kept with the block at `offset`. */
  extraAt(offset: number): Extra {
    return this.extras[offset / BLOCK];
  }

  /**
   * Adds a zeroed block for the word and returns its offset (row r of the block is row
   * `offset / LABEL_COUNT + r` of `rows`). May replace `rows` with a larger array.
   */
  add(word: string, extra: Extra): number {
    if (this.used + BLOCK > this.rows.length) {
      const larger = new Float32Array(this.rows.length * 2);
      larger.set(this.rows);
      this.rows = larger;
    }
    const offset = this.used;
    this.used += BLOCK;
    this.offsets.set(word, offset);
    this.extras.push(extra);
    return offset;
  }
}
