// Features of a word for the learned cue classifier (models/attribution-cue.bin): the word and its
// neighbours, their part-of-speech tags when the syntax stage has run, and what follows ("that", "to",
// a quote). Shared by the stage and tools/train-attribution-cues.ts.
import { type FeatureVector, hashString } from '../../ml/index.js';
import { type DocContext, isCapitalized, isOpenQuote, isWord } from './context.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const CUE_FEATURES_VERSION = 1;

/** Words the classifier decides on: outside quotes, a word of three letters or more, no adverb. */
export function isCueCandidateToken(c: DocContext, i: number): boolean {
  const w = c.lower[i];
  if (c.quoteOf[i] >= 0 || !isWord(c, i) || !/^\p{L}{3,}$/u.test(w) || w.endsWith('ly')) return false;
  return !c.lex.between.has(w) && (!c.lex.npStops.has(w) || c.lex.cues.has(w));
}

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
  const h = tokenHashes(c);
  const w = hashAt(h.word, i);
  out.add(0, 0);
  out.add(1, w);
  out.add(2, hashAt(h.word, i - 1));
  out.add(3, hashAt(h.word, i + 1));
  out.add(4, hashAt(h.word, i - 2));
  out.add(5, hashAt(h.word, i + 2));
  out.add2(6, hashAt(h.word, i - 1), w);
  out.add2(7, w, hashAt(h.word, i + 1));
  out.add(8, hashString(c.lower[i].slice(-3)));
  out.add(9, hashAt(h.tag, i));
  out.add2(10, hashAt(h.tag, i), w);
  out.add2(11, hashAt(h.tag, i - 1), hashAt(h.tag, i));
  out.add2(12, hashAt(h.tag, i), hashAt(h.tag, i + 1));
  out.add3(13, hashAt(h.tag, i - 1), hashAt(h.tag, i), hashAt(h.tag, i + 1));
  out.add2(14, w, followedBy(c, i, 'that', 3) ? 1 : 0);
  out.add2(15, w, followedBy(c, i, 'to', 2) ? 1 : 0);
  const quoteNear = (i + 1 < c.tokens.length && isOpenQuote(c, i + 1)) || (i > 0 && c.quoteOf[i - 1] >= 0);
  out.add2(16, w, quoteNear ? 1 : 0);
  out.add2(17, hashAt(h.tag, i), i > 0 && isCapitalized(c, i - 1) ? 1 : 0);
}
