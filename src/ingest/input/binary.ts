// Recognises files that are not text: by their magic number, else by NUL bytes in the first block.
import { bomOf } from './bom.js';

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly (number | null)[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [...Buffer.from('SQLite format 3\0')] },
  { name: 'MP4 video', bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] },
];

/** What kind of binary file `head` starts, or null when it looks like text. */
export function binaryKind(head: Uint8Array): string | null {
  for (const { name, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => b === null || head[i] === b)) return name;
  }
  // UTF-16 text legitimately contains NUL bytes; it announces itself with a BOM.
  if (bomOf(head)?.encoding.startsWith('utf-16')) return null;
  return head.subarray(0, 8192).includes(0) ? 'contains NUL bytes' : null;
}
