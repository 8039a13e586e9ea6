// Whether a word is a cue: its PolNeAR train counts alone and in its context
// (knowledge/attribution-cues.tsv, knowledge/attribution-cue-contexts.tsv), or the learned cue
// classifier (models/attribution-cue.bin), which also takes beliefs, plans and stances it has seen
// in similar contexts.
import type { DocContext } from './context.js';
import { isCueCandidateToken } from './cue-features.js';
import { cueMargin } from './models.js';

/** Weight of a word's own cue precision against the counts of its contexts. */
const PRIOR_WEIGHT = 3;

/** Chosen on PolNeAR train, scored on a held-out half (0.4 and 0.6 both lose ~0.4 content F1). */
export const MIN_CUE_SCORE = 0.5;
/** Classifier margin above which a word is a cue whatever its counts: two-fold cross-validation on
 * train (counts and models rebuilt from one half, scored on the other) gives content F1 63.15 at 7,
 * 63.50 at 4, 63.55 at 3, 63.39 at 5 averaged over the folds; 4 keeps the better precision. */
export const MIN_CUE_MARGIN = 4;

/** A cue; a word the classifier is unsure of (margin within MIN_CUE_MARGIN of zero either way); none. */
export type CueVerdict = 'cue' | 'unsure' | 'no';

/** Whether token i is a cue, scoring the classifier at most once. */
export function cueVerdict(c: DocContext, i: number): CueVerdict {
  if (cueScore(c, i) >= MIN_CUE_SCORE) return 'cue';
  if (!isCueCandidateToken(c, i)) return 'no';
  const m = cueMargin(c, i);
  if (m >= MIN_CUE_MARGIN) return 'cue';
  return m >= -MIN_CUE_MARGIN ? 'unsure' : 'no';
}

export const isCue = (c: DocContext, i: number): boolean => cueVerdict(c, i) === 'cue';

/**
 * How likely token i is a cue: its precision in train, updated with the counts of the same word
 * after the word before it and before the word after it.
 */
export function cueScore(c: DocContext, i: number): number {
  const stats = c.lex.cueWords.get(c.lower[i]);
  const w = c.lower[i];
  if (!stats || c.lex.between.has(w) || (c.lex.npStops.has(w) && !c.lex.cues.has(w))) return 0;
  let cue = PRIOR_WEIGHT * stats.precision;
  let total = PRIOR_WEIGHT;
  const left = c.lex.contexts.get(`L\t${c.lower[i - 1] ?? ''}\t${c.lower[i]}`);
  const right = c.lex.contexts.get(`R\t${c.lower[i]}\t${c.lower[i + 1] ?? ''}`);
  for (const ctx of [left, right]) {
    if (!ctx) continue;
    cue += ctx[0];
    total += ctx[1];
  }
  return cue / total;
}
