// Hashes of each token's lower-cased word, POS tag and chunk tag, computed once per document for the
// learned models' features (the same values hashString gives, so models need no retraining).
import { hashString } from '../../ml/index.js';
import type { DocContext } from './context.js';

export interface TokenHashes {
  word: Uint32Array;
  tag: Uint32Array;
  chunk: Uint32Array;
}

/** The hash of a position outside the document. */
export const NONE = hashString('<none>');

const cache = new WeakMap<DocContext, TokenHashes>();

export function tokenHashes(c: DocContext): TokenHashes {
  let h = cache.get(c);
  if (h) return h;
  const n = c.tokens.length;
  h = { word: new Uint32Array(n), tag: new Uint32Array(n), chunk: new Uint32Array(n) };
  for (let i = 0; i < n; i++) {
    h.word[i] = hashString(c.lower[i]);
    h.tag[i] = hashString(c.tokens[i].pos ?? '');
    h.chunk[i] = hashString(c.tokens[i].chunk ?? '');
  }
  cache.set(c, h);
  return h;
}

/** The hash at position i of one of the arrays, or NONE outside the document. */
export const hashAt = (hashes: Uint32Array, i: number): number =>
  i < 0 || i >= hashes.length ? NONE : hashes[i];
