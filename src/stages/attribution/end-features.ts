// Features for the learned content end (models/attribution-end.bin): whether a content that starts
// at token `start`, after the cue ending at token `cue`, stops before token k. PolNeAR contents of
// speech verbs run to the sentence's end; those of stances and acts ("attacked Machado in
// early-morning tweets", "spoke about her ties while at …") stop at the object's phrase. Shared by
// the stage and tools/train-attribution-ends.ts.
import { type FeatureVector, hashString } from '../../ml/index.js';
import { type DocContext, isCloseQuote } from './context.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const END_FEATURES_VERSION = 2;

const NONE = hashString('<none>');

/** Whether a content may end before token k: not inside a quotation, not before its closing mark. */
export function isEndCandidate(c: DocContext, k: number): boolean {
  return c.quoteOf[k] < 0 && !isCloseQuote(c, k);
}

const word = (c: DocContext, i: number): number =>
  i < 0 || i >= c.lower.length ? NONE : hashString(c.lower[i]);
const tag = (c: DocContext, i: number): number =>
  i < 0 || i >= c.tokens.length ? NONE : hashString(c.tokens[i].pos ?? '');
const chunk = (c: DocContext, i: number): number =>
  i < 0 || i >= c.tokens.length ? NONE : hashString(c.tokens[i].chunk ?? '');

export function endFeatures(c: DocContext, cue: number, start: number, k: number, out: FeatureVector): void {
  out.clear();
  const cw = word(c, cue);
  const first = word(c, start);
  const next = word(c, k);
  const length = Math.min(k - start, 12);
  out.add(0, 0);
  out.add(1, next);
  out.add(2, word(c, k - 1));
  out.add(3, word(c, k + 1));
  out.add2(4, next, word(c, k + 1));
  out.add(5, tag(c, k));
  out.add2(6, tag(c, k - 1), tag(c, k));
  out.add(7, chunk(c, k));
  out.add2(8, chunk(c, k - 1), chunk(c, k));
  out.add2(9, cw, next);
  out.add2(10, cw, tag(c, k));
  out.add2(11, cw, chunk(c, k));
  out.add2(12, first, next);
  out.add2(13, tag(c, start), chunk(c, k));
  out.add2(14, tag(c, start), length);
  out.add3(15, cw, tag(c, start), chunk(c, k));
  out.add(16, cw);
  out.add2(17, first, length);
  // "that if …, X could …", "Percy Walton, the one …": what opened the content and whether a verb
  // has come yet tell a clause that is not over from an object that is.
  out.add2(18, word(c, start + 1), next);
  let verb = 0;
  let commas = 0;
  for (let i = start; i < k; i++) {
    if (c.tokens[i].pos?.startsWith('VB') || c.tokens[i].pos === 'MD') verb = 1;
    if (c.lower[i] === ',') commas++;
  }
  out.add3(19, verb, tag(c, start), next);
  out.add3(20, verb, Math.min(commas, 2), chunk(c, k));
}
