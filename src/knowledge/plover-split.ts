// The fixed split of the PLOVER gold records: each record's id hashes (FNV-1a, 32 bit) into one of 100
// buckets; buckets 0–69 may be trained and tuned on, buckets 70–99 are kept aside for reporting.

/** FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const ploverBucket = (id: string): number => fnv1a(id) % 100;

export type PloverPart = 'train' | 'heldout';

export const ploverPart = (id: string): PloverPart => (ploverBucket(id) < 70 ? 'train' : 'heldout');
