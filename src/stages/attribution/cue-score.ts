// How likely a word is a cue, from PolNeAR train counts of the word alone and in its context
// (knowledge/attribution-cues.tsv, knowledge/attribution-cue-contexts.tsv).
import type { DocContext } from './context.js';

/** Weight of a word's own cue precision against the counts of its contexts. */
const PRIOR_WEIGHT = 3;

/** Tuned on PolNeAR dev. */
export const MIN_CUE_SCORE = 0.5;

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
