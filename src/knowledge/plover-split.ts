// The team's fixed split of the PLOVER gold records (events/plover/PLOVER_GSR_CAMEO.txt) into a dev
// part, which rules and aliases may be written from, and a held-out part, which is only scored.
// A record's bucket is the FNV-1a hash of its id modulo 100: buckets 0–69 are dev, 70–99 held out.
// The events stage reuses this function so both work on the same records.

export type PloverPart = 'dev' | 'heldout';

export const PLOVER_DEV_BUCKETS = 70;

/** FNV-1a (32-bit) of a string's UTF-16 code units, modulo 100. */
export function ploverBucket(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export function ploverPart(id: string): PloverPart {
  return ploverBucket(id) < PLOVER_DEV_BUCKETS ? 'dev' : 'heldout';
}
