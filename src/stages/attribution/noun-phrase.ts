// Finds the noun phrase of a source next to its cue. Without a tagger it walks over words, stopping
// at punctuation, clause words and verbs (lexicon/attribution-np-stops.txt); when the syntax stage has
// run, a token's chunk tag (B-NP/I-NP) bounds the phrase instead.
import { isTimeNoun } from '../../knowledge/time-nouns.js';
import {
  type DocContext,
  isCapitalized,
  isCloseQuote,
  isOpenQuote,
  isPossessive,
  isWord,
} from './context.js';

export interface TokenRange {
  first: number;
  /** One past the last token. */
  last: number;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);
const MAX_NP = 12;
/** How many words a relative clause may put between a speaker and the phrase before its cue. */
const RELATIVE_CLAUSE = 6;
const RELATIVES = new Set(['who', 'which', 'that']);

/** "softly said", "basically said": lower-case -ly words between a source and its cue. */
const isMannerAdverb = (c: DocContext, i: number): boolean =>
  c.lower[i].length > 4 && c.lower[i].endsWith('ly') && !isCapitalized(c, i);

function inNounChunk(c: DocContext, i: number): boolean | undefined {
  const chunk = c.tokens[i].chunk;
  if (chunk === undefined) return undefined;
  return chunk.endsWith('-NP');
}

/** Whether token i can be part of a source noun phrase. */
function npToken(c: DocContext, i: number): boolean {
  if (isOpenQuote(c, i) || isCloseQuote(c, i)) return false;
  const chunked = inNounChunk(c, i);
  if (chunked !== undefined) return chunked;
  const w = c.lower[i];
  if (isPossessive(c, i)) return true;
  if (!isWord(c, i)) return w === '-' || w === '&' || /^\p{Lu}\.$/u.test(c.tokens[i].text);
  return !c.lex.npStops.has(w) && !c.lex.cues.has(w);
}

/** Where the phrase whose last word is k begins, walking left. */
function walkLeft(c: DocContext, k: number, floor: number, budget: number): number {
  let first = k;
  while (first - 1 >= floor && k - first + 1 < budget && !DETERMINERS.has(c.lower[first])) {
    const prev = first - 1;
    // "Russia and China": a conjunction between two names stays inside the phrase.
    const joinsNames =
      c.lower[prev] === 'and' && prev > floor && isCapitalized(c, prev - 1) && isCapitalized(c, first);
    if (!joinsNames && (!npToken(c, prev) || c.lex.pronouns.has(c.lower[prev]))) break;
    // With chunk tags, a B-NP token starts the phrase (a possessive "'s" chunk goes on: "the South's navy").
    if (c.tokens[first].chunk === 'B-NP' && !isPossessive(c, first)) break;
    first = prev;
  }
  return first;
}

/** Prepositions a source phrase may run over: "a source familiar with the matter", "the head of the agency". */
const INNER_PREPOSITIONS = new Set(['of', 'with', 'from', 'in', 'at', 'for', 'to']);

/** The noun phrase ending just before token `end` (after skipping adverbs and auxiliaries). */
export function nounPhraseBefore(c: DocContext, end: number, floor: number): TokenRange | null {
  let k = end - 1;
  while (k >= floor && (c.lex.between.has(c.lower[k]) || isMannerAdverb(c, k))) k--;
  // "Barkley, who said …": the relative pronoun stands for the speaker.
  if (k >= floor && (c.lower[k] === 'who' || c.lower[k] === 'which')) return { first: k, last: k + 1 };
  // "Sen. Lindsey Graham (R-S.C.) told": a short parenthesis after the name belongs to it.
  if (k >= floor && c.lower[k] === ')') {
    const open = c.lower.lastIndexOf('(', k);
    const inner = open > floor && k - open <= MAX_PARENTHESIS ? nounPhraseBefore(c, open, floor) : null;
    return inner && inner.last === open ? { first: inner.first, last: k + 1 } : null;
  }
  if (k < floor || !npToken(c, k) || isPossessive(c, k)) return null;
  if (c.lex.pronouns.has(c.lower[k])) return { first: k, last: k + 1 };
  let first = walkLeft(c, k, floor, MAX_NP);
  // "Supporters who attended the rally said": the head before a relative clause is the speaker.
  for (let j = first - 1; j > floor && j >= first - RELATIVE_CLAUSE; j--) {
    if (!isWord(c, j)) break;
    if (RELATIVES.has(c.lower[j])) {
      // "announced on Monday that Erdogan had agreed": a "that" after a time word opens reported content
      const complement = c.lower[j] === 'that' && isTimeNoun(c.lower[j - 1]);
      if (!complement && npToken(c, j - 1) && !c.lex.pronouns.has(c.lower[j - 1]))
        first = walkLeft(c, j - 1, floor, MAX_NP);
      break;
    }
  }
  const prep = first - 1;
  if (prep - 1 >= floor && INNER_PREPOSITIONS.has(c.lower[prep]) && isWord(c, prep - 1)) {
    const head = prep - 1;
    if (npToken(c, head) && !c.lex.pronouns.has(c.lower[head])) first = walkLeft(c, head, floor, MAX_NP);
  }
  return { first, last: k + 1 };
}

/** Longest parenthesis (in tokens) a speaker's name may carry: "(R-S.C.)", "(D-Mass.)". */
const MAX_PARENTHESIS = 8;

const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);

/** The head word of a source phrase: the last word before a preposition inside it, else the last. */
export function headOf(c: DocContext, range: TokenRange): number {
  for (let i = range.first + 1; i < range.last; i++) {
    if (!INNER_PREPOSITIONS.has(c.lower[i])) continue;
    // "a source familiar with …", "people close to …": the adjective modifies the head before it.
    return POSTMODIFIERS.has(c.lower[i - 1]) && i - 2 >= range.first ? i - 2 : i - 1;
  }
  return range.last - 1;
}

/** The noun phrase starting at token `start` (determiners included), up to `limit`. */
export function nounPhraseAfter(c: DocContext, start: number, limit: number): TokenRange | null {
  if (start >= limit || !npToken(c, start) || isPossessive(c, start)) return null;
  if (c.lex.pronouns.has(c.lower[start])) return { first: start, last: start + 1 };
  let last = start + 1;
  while (last < limit && last - start < MAX_NP && npToken(c, last) && c.tokens[last].chunk !== 'B-NP') last++;
  // "of" may close the walk on a preposition: keep the phrase ending on a word.
  while (last - 1 > start && !isWord(c, last - 1)) last--;
  return { first: start, last };
}
