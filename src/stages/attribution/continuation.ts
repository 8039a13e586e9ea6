// A content that ends with its sentence may go on over the next ones ("The mayor said the budget was
// tight. Cuts would follow in the spring."): the learned continuation (models/attribution-continue.bin)
// decides sentence by sentence, as long as the next sentence has no cue of its own.
import { partitionPoint } from '../../doc/sorted.js';
import type { Candidate } from './candidate.js';
import { sentenceEndWithoutStop } from './content.js';
import type { DocContext } from './context.js';
import type { Continuation } from './continue-features.js';
import { continueMargin } from './models.js';

/** Most sentences a content takes over after its own. */
const MAX_STEPS = 3;

/** The continuation model's margin from which a content goes on: by two-fold cross-validation on train,
 * 0 to 8 score alike (+0.12 content F1 on either held-out half), −4 a little lower, −8 below none. */
const MIN_CONTINUE_MARGIN = 4;

/** Decides whether the content goes on over j.next; the stage asks the model, the trainer the gold. */
export type ContinuationJudge = (j: Continuation) => boolean;

const modelJudge =
  (c: DocContext): ContinuationJudge =>
  (j) =>
    continueMargin(c, j) >= MIN_CONTINUE_MARGIN;

export function continueOverSentences(c: DocContext, candidates: Candidate[], judge = modelJudge(c)): void {
  const sentenceOf = (token: number) => partitionPoint(c.sentences, (s) => s.last <= token);
  const cueSentences = new Set(candidates.map((x) => sentenceOf(x.cue.first)));
  for (const x of candidates) {
    if (x.parts) continue;
    for (let step = 0; step < MAX_STEPS; step++) {
      // the token the content ends in, and its sentence
      const last = partitionPoint(c.tokens, (t) => t.end <= x.contentEnd - 1);
      if (last >= c.tokens.length) break;
      const si = sentenceOf(last);
      const s = c.sentences[si];
      const next = c.sentences[si + 1];
      if (!next || x.contentEnd < sentenceEndWithoutStop(c, s) || cueSentences.has(si + 1)) break;
      if (!judge({ x, s, next, step })) break;
      x.contentEnd = sentenceEndWithoutStop(c, next);
    }
  }
}
