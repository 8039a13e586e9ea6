// Features for the learned continuation (models/attribution-continue.bin): whether a content that
// ends with its sentence goes on over the next one ("The mayor said the budget was tight. Cuts would
// follow in the spring."). It reads the cue phrase, how the cue's sentence ends (a colon), the next
// sentence's first words and tags (a pronoun subject, a connective), whether a paragraph break or a
// quote lies between, and the lengths of both. Shared by the stage and tools/train-attribution-continues.ts.
import type { FeatureVector } from '../../ml/index.js';
import { hashString } from '../../ml/index.js';
import type { Candidate } from './candidate.js';
import { type DocContext, isOpenQuote, type SentenceRange } from './context.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const CONTINUE_FEATURES_VERSION = 1;

const bucket = (n: number): number => (n < 4 ? n : n < 8 ? 4 : n < 16 ? 5 : n < 32 ? 6 : 7);

/** What the model judges: an attribution whose content ends with sentence `s`, and the sentence `next`
 * after it; `step` counts the sentences the content already took over. */
export interface Continuation {
  x: Candidate;
  s: SentenceRange;
  next: SentenceRange;
  step: number;
}

export function continueFeatures(c: DocContext, j: Continuation, out: FeatureVector): void {
  out.clear();
  const h = tokenHashes(c);
  const { x, s, next } = j;
  let phrase = c.lower[x.cue.first];
  for (let k = x.cue.first + 1; k < x.cue.last; k++) phrase += ` ${c.lower[k]}`;
  const cp = hashString(phrase);
  const n0 = next.first;
  const gap = c.text.slice(c.tokens[s.last - 1].end, c.tokens[n0].start);
  const paragraph = gap.includes('\n') ? 1 : 0;
  const lastWord = hashAt(h.word, s.last - 1);
  const quote = isOpenQuote(c, n0) ? 1 : c.quoteOf[n0] >= 0 ? 2 : 0;
  const before = x.contentStart < c.tokens[x.cue.first].start ? 1 : 0;
  const step = Math.min(j.step, 2);
  out.add(0, 0);
  out.add(1, cp);
  out.add2(2, cp, lastWord);
  out.add(3, lastWord);
  out.add2(4, hashAt(h.word, n0), paragraph);
  out.add2(5, hashAt(h.word, n0), hashAt(h.word, n0 + 1));
  out.add2(6, hashAt(h.tag, n0), hashAt(h.tag, n0 + 1));
  out.add3(7, paragraph, quote, step);
  out.add2(8, cp, paragraph);
  out.add2(9, cp, hashAt(h.tag, n0));
  out.add2(10, bucket(next.last - next.first), paragraph);
  out.add2(11, bucket(s.last - s.first), before);
  out.add3(12, before, quote, paragraph);
  out.add2(13, step, lastWord);
  out.add2(14, cp, quote);
  out.add2(15, hashAt(h.chunk, n0), hashAt(h.word, n0));
}
