const BOMS = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
] as const;

/** The byte-order mark `bytes` start with, if any. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const { encoding, bytes: mark } of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}
