// Features for the learned content start (models/attribution-start.bin): whether the content of the
// cue ending at token `cue` begins at token k, one of the first words after it. The rules take the
// word right after the cue (after an addressee, a time word, a near "that"); PolNeAR skips longer
// adjuncts ("said on Twitter on Monday, in reference to her child, “…”", "claimed in an interview
// with Breitbart News that …") and keeps a "that" of the content's own. Shared by the stage and
// tools/train-attribution-starts.ts.
import type { FeatureVector } from '../../ml/index.js';
import { type DocContext, isOpenQuote, type SentenceRange } from './context.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const START_FEATURES_VERSION = 1;

/** How many tokens after the cue a content may start at. */
export const START_WINDOW = 16;

/** Whether a content may start at token k: a word or an opening quote mark, not inside a quotation. */
export function isStartCandidate(c: DocContext, k: number): boolean {
  return isOpenQuote(c, k) || (c.quoteOf[k] < 0 && /\w/.test(c.lower[k]));
}

/** The last token (exclusive) a content of the cue ending before token `after` may start before. */
export const startWindowEnd = (after: number, s: SentenceRange): number =>
  Math.min(s.last, after + START_WINDOW);

/** What lies between the cue ending at token `cue` and a start at token k: commas, a "that", a quote mark. */
export function betweenCueAndStart(
  c: DocContext,
  cue: number,
  k: number,
): { commas: number; that: number; quote: number } {
  let commas = 0;
  let that = 0;
  let quote = 0;
  for (let i = cue + 1; i < k; i++) {
    if (c.lower[i] === ',') commas++;
    else if (c.lower[i] === 'that') that = 1;
    else if (isOpenQuote(c, i)) quote = 1;
  }
  return { commas, that, quote };
}

export function startFeatures(c: DocContext, cue: number, k: number, out: FeatureVector): void {
  out.clear();
  const h = tokenHashes(c);
  const cw = hashAt(h.word, cue);
  const w = hashAt(h.word, k);
  const distance = Math.min(k - cue, 10);
  const { commas, that, quote } = betweenCueAndStart(c, cue, k);
  out.add(0, 0);
  out.add(1, w);
  out.add(2, hashAt(h.word, k - 1));
  out.add2(3, hashAt(h.word, k - 1), w);
  out.add(4, hashAt(h.tag, k));
  out.add2(5, hashAt(h.tag, k - 1), hashAt(h.tag, k));
  out.add(6, hashAt(h.chunk, k));
  out.add2(7, hashAt(h.chunk, k - 1), hashAt(h.chunk, k));
  out.add(8, distance);
  out.add2(9, cw, distance);
  out.add2(10, cw, w);
  out.add2(11, cw, hashAt(h.word, k - 1));
  out.add2(12, cw, hashAt(h.tag, k));
  out.add3(13, Math.min(commas, 3), that, quote);
  out.add3(14, distance, hashAt(h.tag, k), hashAt(h.word, k - 1));
  out.add2(15, hashAt(h.word, k + 1), w);
  out.add2(16, hashAt(h.tag, k + 1), hashAt(h.tag, k));
  out.add3(17, Math.min(commas, 3), hashAt(h.word, k - 1), hashAt(h.tag, k));
  out.add2(18, hashAt(h.word, cue + 1), distance);
}
