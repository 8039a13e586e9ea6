// Features for the learned tail judgement (models/attribution-tail.bin): whether what follows a cue
// says nothing of its own, so that the content is what precedes the speaker ("C, X told POLITICO.",
// "'…,' said a source close to the campaign"), or is the content ("X said, adding that …"). The rules
// judge by an adjunct opener, a participle, a relative clause; the model reads the same place (the
// cue word, the first words after it, their POS tags, what lies between the speaker and the sentence
// start) and the rules' verdict. Shared by the stage and tools/train-attribution-tails.ts.
import type { FeatureVector } from '../../ml/index.js';
import { type DocContext, isCloseQuote, isDash, isOpenQuote, type SentenceRange } from './context.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const TAIL_FEATURES_VERSION = 1;

/** Where the rules judge a cue's tail: the cue's first token, where its speaker starts (the cue itself
 * when the speaker follows it), the first token after the speaker and cue, and the rules' verdict. */
export interface TailJudgement {
  cue: number;
  sourceStart: number;
  after: number;
  sentence: SentenceRange;
  saysNothing: boolean;
}

const bucket = (n: number): number => (n < 4 ? n : n < 8 ? 4 : n < 16 ? 5 : 6);

export function tailFeatures(c: DocContext, j: TailJudgement, out: FeatureVector): void {
  out.clear();
  const h = tokenHashes(c);
  const { cue, sourceStart, after, sentence: s } = j;
  let first = after;
  while (first < s.last && c.lower[first] === ',') first++;
  let that = 0;
  let quote = 0;
  let verbs = 0;
  for (let k = first; k < s.last; k++) {
    if (c.lower[k] === 'that') that = 1;
    else if (isOpenQuote(c, k)) quote = 1;
    else if (c.tokens[k].pos?.startsWith('VB')) verbs++;
  }
  const b = sourceStart - 1;
  const boundary = b < s.first ? 0 : c.lower[b] === ',' ? 1 : isCloseQuote(c, b) ? 2 : isDash(c, b) ? 3 : 4;
  const rule = j.saysNothing ? 1 : 0;
  const cw = hashAt(h.word, cue);
  const inverted = sourceStart === cue ? 1 : 0;
  out.add(0, rule);
  out.add2(1, rule, cw);
  out.add(2, cw);
  out.add2(3, hashAt(h.word, first), first - after);
  out.add(4, hashAt(h.tag, first));
  out.add2(5, hashAt(h.tag, first), hashAt(h.tag, first + 1));
  out.add2(6, hashAt(h.word, first), hashAt(h.word, first + 1));
  out.add2(7, cw, hashAt(h.word, first));
  out.add2(8, cw, hashAt(h.tag, first));
  out.add3(9, boundary, inverted, rule);
  out.add2(10, bucket(s.last - first), rule);
  out.add3(11, that, quote, Math.min(verbs, 3));
  out.add2(12, bucket(sourceStart - s.first), boundary);
  out.add3(13, rule, hashAt(h.tag, first), bucket(s.last - first));
  out.add2(14, c.quoteOf[s.first] >= 0 ? 1 : 0, rule);
  out.add2(15, hashAt(h.chunk, first), hashAt(h.chunk, first + 1));
  out.add3(16, cw, inverted, boundary);
}
