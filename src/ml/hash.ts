// 32-bit hashing for feature hashing. A feature is identified by the hash of its template id and
// its parts (word hashes, tag ids), so extracting it allocates no string. Everything is built from
// Math.imul and shifts, hence identical on every platform and in every Node version.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of the UTF-16 code units of `s[start, end)`, as an unsigned 32-bit integer. */
export function hashString(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Folds the 32-bit value `k` into the running hash `h` (a MurmurHash3 round). */
export function mix(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** Final avalanche of a running hash (MurmurHash3 fmix32), as an unsigned 32-bit integer. */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
