// Where a speaker is when it does not stand right before its cue: after an inverted cue, set off by
// commas, or the subject of the sentence; and the addressee of "told" that is no content.

import { isPunct, timePhraseEnd } from './content.js';
import {
  type DocContext,
  isCapitalized,
  isCloseQuote,
  isDash,
  isOpenQuote,
  isWord,
  type SentenceRange,
} from './context.js';
import { nounPhraseAfter, nounPhraseBefore, type TokenRange } from './noun-phrase.js';

export const ARTICLES = new Set(['a', 'an', 'the']);

export const RECIPIENT_VERBS = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'informed',
  'assured',
  'reminded',
  'warned',
  'asked',
  'asking',
  'urged',
]);

const INTRODUCERS = new Set(['instead', 'yet', 'still', 'however', 'meanwhile', 'hours', 'days', 'despite']);

const isAdverb = (c: DocContext, i: number): boolean =>
  INTRODUCERS.has(c.lower[i]) || (c.lower[i].length > 4 && c.lower[i].endsWith('ly'));

/** '…," said Jane Doe, a spokeswoman.': a phrase after the cue that ends its clause is the speaker. */
export function speakerAfter(c: DocContext, from: number, s: SentenceRange): boolean {
  const np = nounPhraseAfter(c, from, s.last);
  if (!np) return false;
  // ', said Asawitiri Media also uses …': an auxiliary or adverb and more after the phrase make it
  // the subject of the content, not the speaker.
  const next = np.last;
  if (next + 1 < s.last && c.lex.between.has(c.lower[next]) && !isPunct(c, next + 1)) return false;
  return np.last >= s.last || isPunct(c, np.last) || c.lex.adjunctStarts.has(c.lower[np.last]);
}

/** How far back the comma opening an apposition or a relative clause may be. */
const MAX_SET_OFF = 25;

/** The speaker before the comma at `comma`: "X, <apposition or relative clause>," (or the apposition). */
export function setOffSpeaker(c: DocContext, comma: number, s: SentenceRange): TokenRange | null {
  for (let j = comma - 1; j > s.first && j >= comma - MAX_SET_OFF; j--) {
    if (c.quoteOf[j] >= 0 || isCloseQuote(c, j)) break;
    if (c.lower[j] !== ',') continue;
    const opener = c.lower[j + 1];
    const setOff = opener === 'who' || opener === 'which' || ARTICLES.has(opener) || isCapitalized(c, j + 1);
    const head = nounPhraseBefore(c, j, s.first);
    if (setOff && head) return { first: head.first, last: comma };
    break;
  }
  return nounPhraseBefore(c, comma, s.first);
}

/** The subject at the start of a sentence, for cues whose subject is elided ("…, adding that …"). */
export function sentenceSubject(c: DocContext, s: SentenceRange): TokenRange | null {
  let i = s.first;
  while (i < s.last && (!isWord(c, i) || c.quoteOf[i] >= 0)) i++;
  // "Hours later, Trump …", "In contrast, the senator …", "WASHINGTON — Sanders …": an opening
  // adjunct or dateline is no subject.
  const w = c.lower[i] ?? '';
  const dateline = /^\p{Lu}{3,}$/u.test(c.tokens[i]?.text ?? '');
  const opener =
    dateline ||
    isAdverb(c, i) ||
    c.lex.adjunctStarts.has(w) ||
    c.lex.npStops.has(w) ||
    c.lex.between.has(w) ||
    w.endsWith('ing');
  if (i < s.last && opener) {
    for (let k = i + 1; k < Math.min(s.last, i + 8); k++) {
      if (c.lower[k] === ',' || isDash(c, k)) {
        i = k + 1;
        break;
      }
    }
  }
  while (i < s.last && (!isWord(c, i) || c.lex.npStops.has(c.lower[i]) || c.quoteOf[i] >= 0)) i++;
  return nounPhraseAfter(c, i, s.last);
}

/** Skips the addressee after "told"/"asked": up to "that", a comma, a colon or a quote nearby. */
export function afterRecipient(c: DocContext, from: number, s: SentenceRange): number {
  // "told black voters this weekend he would …": the addressee ends at a time phrase.
  for (let i = from + 1; i < Math.min(s.last, from + 5) && isWord(c, i - 1); i++) {
    const end = timePhraseEnd(c, i, s);
    if (end > i) return end;
  }
  for (let i = from; i < Math.min(s.last, from + 7); i++) {
    if (c.lower[i] === 'that' || c.lower[i] === ',' || c.lower[i] === ':' || isOpenQuote(c, i)) return i;
    if (c.lex.cues.has(c.lower[i]) || c.lower[i] === '.') break;
  }
  const np = nounPhraseAfter(c, from, s.last);
  return np && np.last - np.first <= 3 && np.last < s.last - 1 ? np.last : from;
}
