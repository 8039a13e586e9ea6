// Features of a word for the learned cue classifier (models/attribution-cue.bin): the word and its
// neighbours, their part-of-speech tags when the syntax stage has run, and what follows ("that", "to",
// a quote). Shared by the stage and tools/train-attribution-cues.ts.
import { type FeatureVector, hashString } from '../../ml/index.js';
import { type DocContext, isCapitalized, isOpenQuote, isWord } from './context.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const CUE_FEATURES_VERSION = 1;

const NONE = hashString('<none>');

/** Words the classifier decides on: outside quotes, a word of three letters or more, no adverb. */
export function isCueCandidateToken(c: DocContext, i: number): boolean {
  const w = c.lower[i];
  if (c.quoteOf[i] >= 0 || !isWord(c, i) || !/^\p{L}{3,}$/u.test(w) || w.endsWith('ly')) return false;
  return !c.lex.between.has(w) && (!c.lex.npStops.has(w) || c.lex.cues.has(w));
}

const word = (c: DocContext, i: number): number =>
  i < 0 || i >= c.lower.length ? NONE : hashString(c.lower[i]);
const tag = (c: DocContext, i: number): number =>
  i < 0 || i >= c.tokens.length ? NONE : hashString(c.tokens[i].pos ?? '');

/** Whether one of the next few tokens is `w` (before any sentence punctuation). */
function followedBy(c: DocContext, i: number, w: string, within: number): boolean {
  for (let k = i + 1; k < Math.min(c.lower.length, i + 1 + within); k++) {
    if (c.lower[k] === w) return true;
    if (/^[.;!?]$/.test(c.lower[k])) return false;
  }
  return false;
}

export function cueFeatures(c: DocContext, i: number, out: FeatureVector): void {
  out.clear();
  const w = word(c, i);
  out.add(0, 0);
  out.add(1, w);
  out.add(2, word(c, i - 1));
  out.add(3, word(c, i + 1));
  out.add(4, word(c, i - 2));
  out.add(5, word(c, i + 2));
  out.add2(6, word(c, i - 1), w);
  out.add2(7, w, word(c, i + 1));
  out.add(8, hashString(c.lower[i].slice(-3)));
  out.add(9, tag(c, i));
  out.add2(10, tag(c, i), w);
  out.add2(11, tag(c, i - 1), tag(c, i));
  out.add2(12, tag(c, i), tag(c, i + 1));
  out.add3(13, tag(c, i - 1), tag(c, i), tag(c, i + 1));
  out.add2(14, w, followedBy(c, i, 'that', 3) ? 1 : 0);
  out.add2(15, w, followedBy(c, i, 'to', 2) ? 1 : 0);
  const quoteNear = (i + 1 < c.tokens.length && isOpenQuote(c, i + 1)) || (i > 0 && c.quoteOf[i - 1] >= 0);
  out.add2(16, w, quoteNear ? 1 : 0);
  out.add2(17, tag(c, i), i > 0 && isCapitalized(c, i - 1) ? 1 : 0);
}
