// Features for the learned content end (models/attribution-end.bin): whether a content that starts
// at token `start`, after the cue ending at token `cue`, stops before token k. PolNeAR contents of
// speech verbs run to the sentence's end; those of stances and acts ("attacked Machado in
// early-morning tweets", "spoke about her ties while at …") stop at the object's phrase. Shared by
// the stage and tools/train-attribution-ends.ts.
import type { FeatureVector } from '../../ml/index.js';
import { type DocContext, isCloseQuote } from './context.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const END_FEATURES_VERSION = 2;

/** Whether a content may end before token k: not inside a quotation, not before its closing mark. */
export function isEndCandidate(c: DocContext, k: number): boolean {
  return c.quoteOf[k] < 0 && !isCloseQuote(c, k);
}

export function endFeatures(c: DocContext, cue: number, start: number, k: number, out: FeatureVector): void {
  out.clear();
  const h = tokenHashes(c);
  const cw = hashAt(h.word, cue);
  const first = hashAt(h.word, start);
  const next = hashAt(h.word, k);
  const length = Math.min(k - start, 12);
  out.add(0, 0);
  out.add(1, next);
  out.add(2, hashAt(h.word, k - 1));
  out.add(3, hashAt(h.word, k + 1));
  out.add2(4, next, hashAt(h.word, k + 1));
  out.add(5, hashAt(h.tag, k));
  out.add2(6, hashAt(h.tag, k - 1), hashAt(h.tag, k));
  out.add(7, hashAt(h.chunk, k));
  out.add2(8, hashAt(h.chunk, k - 1), hashAt(h.chunk, k));
  out.add2(9, cw, next);
  out.add2(10, cw, hashAt(h.tag, k));
  out.add2(11, cw, hashAt(h.chunk, k));
  out.add2(12, first, next);
  out.add2(13, hashAt(h.tag, start), hashAt(h.chunk, k));
  out.add2(14, hashAt(h.tag, start), length);
  out.add3(15, cw, hashAt(h.tag, start), hashAt(h.chunk, k));
  out.add(16, cw);
  out.add2(17, first, length);
  // "that if …, X could …", "Percy Walton, the one …": what opened the content and whether a verb
  // has come yet tell a clause that is not over from an object that is.
  out.add2(18, hashAt(h.word, start + 1), next);
  let verb = 0;
  let commas = 0;
  for (let i = start; i < k; i++) {
    if (c.tokens[i].pos?.startsWith('VB') || c.tokens[i].pos === 'MD') verb = 1;
    if (c.lower[i] === ',') commas++;
  }
  out.add3(19, verb, hashAt(h.tag, start), next);
  out.add3(20, verb, Math.min(commas, 2), hashAt(h.chunk, k));
}
