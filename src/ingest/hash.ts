import { createHash } from 'node:crypto';

/** The article id: a SHA-256 of the source bytes (or of the item's own content inside a feed). */
export function contentHash(data: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
