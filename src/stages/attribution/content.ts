// Where a content begins and ends: the clause after a cue, the quote before a speaker, a quote that
// resumes after the cue or follows a colon, and the adjuncts that are no content.

import { lexiconSet } from '../../knowledge/word-set.js';
import { FeatureVector } from '../../ml/index.js';
import type { Candidate } from './candidate.js';
import { type DocContext, isCloseQuote, isDash, isOpenQuote, isWord, type SentenceRange } from './context.js';
import { isCue } from './cue-score.js';
import { isEndCandidate } from './end-features.js';
import { endMargin, spanMargin, startMargin } from './models.js';
import { isSpanEnd, MAX_SPAN_REACH, type SpanQuestion, searchSpans, spanStarts } from './span-features.js';
import { isStartCandidate, startWindowEnd } from './start-features.js';

/** After a comma these open a clause of the writer's own rather than more of the content (not "but", "who",
 * "however": PolNeAR train contents run over those more often than they end before them). */
const CLAUSE_JOINERS = new Set(['which', 'while', 'though', 'although', 'whereas']);

const COORDINATORS = new Set(['and', 'but', 'or']);

/** Words before a participle after a cue ("…, he said, not even needing to …"). */
const PARTICIPLE_ADVERBS = new Set(['not', 'even', 'also', 'then', 'still', 'again']);

const CLAUSE_PUNCT = new Set([',', '.', ';', '!', '?', ':']);

export const isPunct = (c: DocContext, i: number): boolean => CLAUSE_PUNCT.has(c.lower[i]);

const DAYS = lexiconSet('day-names.txt')();
const DAY_WORDS = new Set([...DAYS, 'today', 'yesterday', 'tonight']);
const RELATIVE_TIME = new Set(['this', 'last', 'next']);
const TIME_NOUNS = new Set([
  ...DAYS,
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/** The token after a time phrase at token i ("Tuesday", "on Tuesday", "this weekend", "last week"), or i when none. */
export function timePhraseEnd(c: DocContext, i: number, s: SentenceRange): number {
  if (i < s.last && DAY_WORDS.has(c.lower[i])) return i + 1;
  if (i + 1 < s.last && c.lower[i] === 'on' && DAYS.has(c.lower[i + 1])) return i + 2;
  if (i + 1 < s.last && RELATIVE_TIME.has(c.lower[i]) && TIME_NOUNS.has(c.lower[i + 1])) return i + 2;
  return i;
}

/**
 * Whether what follows a cue (from token `from`) is no content of its own: nothing, or an adjunct
 * ("… Smith said in a statement on Tuesday.") with no "that" or quote in it.
 */
export function adjunctTail(c: DocContext, from: number, s: SentenceRange): boolean {
  let i = from;
  while (i < s.last && c.lower[i] === ',') i++;
  if (i >= s.last || (isPunct(c, i) && c.lower[i] !== ':')) return true;
  // '…," said Mr. Kamin, who emphasized that …' / '…," he said, not even needing to …': a relative
  // clause about the speaker or a participle that is no cue says nothing more.
  if (i > from) {
    while (i + 1 < s.last && PARTICIPLE_ADVERBS.has(c.lower[i])) i++;
    const w = c.lower[i];
    if (w === 'who' || w === 'whose' || (w.length > 5 && w.endsWith('ing') && !c.lex.cues.has(w)))
      return true;
  }
  if (!c.lex.adjunctStarts.has(c.lower[i])) return false;
  for (let k = i; k < s.last; k++) {
    if (c.lower[k] === 'that' || c.lower[k] === ':' || (isOpenQuote(c, k) && !isTitle(c, k))) return false;
  }
  return true;
}

/** A short quote opening at token k ('on NBC\'s "Meet the Press"'): a title, not a statement. */
function isTitle(c: DocContext, k: number): boolean {
  const q = c.quotes[c.quoteByStart.get(c.tokens[k].start) ?? -1];
  return q !== undefined && c.text.slice(q.start, q.end).split(/\s+/).length <= 4;
}

/** '"C1," X said, "C2 …"': the quote that resumes right after the cue, if one does. */
export function quoteGoesOn(c: DocContext, after: number, s: SentenceRange): number | undefined {
  let i = after;
  while (i < s.last && (c.lower[i] === ',' || c.lower[i] === ':')) i++;
  if (i >= c.tokens.length || i === after || !isOpenQuote(c, i)) return undefined;
  return c.quoteByStart.get(c.tokens[i].start);
}

/** A content from `start` to `end`, resumed by the quote after the cue when there is one. */
export function withResumedQuote(
  c: DocContext,
  base: Omit<Candidate, 'contentStart' | 'contentEnd'>,
  start: number,
  end: number,
  after: number,
  s: SentenceRange,
): Candidate {
  const q = quoteGoesOn(c, after, s);
  if (q === undefined) return { ...base, contentStart: start, contentEnd: end };
  const resumed = c.quotes[q];
  return {
    ...base,
    contentStart: start,
    contentEnd: resumed.end,
    parts: [
      [start, end],
      [resumed.start, resumed.end],
    ],
  };
}

/**
 * Whether the clause after a cue brings its own content: a "that", a colon or a quote in it — unless
 * it is a participial cue's ("…," he said, adding that …).
 */
export function introducesContent(c: DocContext, from: number, s: SentenceRange): boolean {
  let i = from;
  while (i < s.last && c.lower[i] === ',') i++;
  if (i < s.last && c.lower[i].endsWith('ing') && c.lex.cueWords.has(c.lower[i])) return false;
  for (; i < s.last && c.lower[i] !== ','; i++) {
    if (c.lower[i] === 'that' || c.lower[i] === ':' || isOpenQuote(c, i)) return true;
  }
  return false;
}

/** The quote closing just before token k ('…,"' or '…",') in its paragraph, if one does. */
export function quoteJustBefore(c: DocContext, k: number): number | undefined {
  let j = k - 1;
  if (j >= 0 && c.lower[j] === ',') j--;
  if (j < 0 || !isCloseQuote(c, j)) return undefined;
  // a quote ending the paragraph before ('“…”' ¶ 'Maria Bartiromo asked, “…”') is another speaker's
  if (c.text.slice(c.tokens[j].end, c.tokens[k].start).includes('\n')) return undefined;
  return c.quoteByEnd.get(c.tokens[j].end);
}

/** Furthest a "that" may lie from the cue and still open its content (a later one is mostly a
 * relative clause inside the content; tuned on dev, confirmed on train: 6 and 8 score lower). */
const MAX_THAT_DISTANCE = 4;

/** Tags of the words of a noun phrase ("a televised statement", "Friday's briefing"). */
const NOUN_PHRASE_TAG = /^(?:DT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|PRP\$|POS|VBN)$/;

/** "said in a televised statement that …": the "that" right after an adjunct phrase, however long. */
function thatAfterAdjunct(c: DocContext, from: number, s: SentenceRange): number | undefined {
  if (!c.lex.adjunctStarts.has(c.lower[from])) return undefined;
  let i = from + 1;
  while (i < s.last && i - from <= 8 && NOUN_PHRASE_TAG.test(c.tokens[i].pos ?? '')) i++;
  return i > from + 1 && i < s.last && c.lower[i] === 'that' ? i : undefined;
}

/** "said on Tuesday that …": a "that" a few words on, before any comma, opens the content. */
export function thatClauseNear(c: DocContext, from: number, s: SentenceRange): number | undefined {
  const afterAdjunct = thatAfterAdjunct(c, from, s);
  if (afterAdjunct !== undefined) return afterAdjunct;
  for (let i = from; i < Math.min(s.last, from + MAX_THAT_DISTANCE); i++) {
    if (c.lower[i] === 'that') return i;
    if (isPunct(c, i) || isOpenQuote(c, i) || c.lex.cues.has(c.lower[i])) return undefined;
  }
  return undefined;
}

/**
 * "X said in a statement: "…"" and "The coach said:" ¶ "…": a colon in the clause after the cue that
 * opens a quote, in this sentence or the next.
 */
export function quoteAfterColon(c: DocContext, from: number, s: SentenceRange): number | undefined {
  for (let i = from; i < s.last; i++) {
    if (c.quoteOf[i] >= 0 || isOpenQuote(c, i)) return undefined;
    if (c.lower[i] !== ':') continue;
    const next = i + 1;
    if (next >= c.tokens.length || !isOpenQuote(c, next)) return undefined;
    return c.quoteByStart.get(c.tokens[next].start);
  }
  return undefined;
}

/** The first comma from token `from` on, within a few words and outside quotes. */
export function commaAfter(c: DocContext, from: number, s: SentenceRange): number | undefined {
  for (let i = from; i < Math.min(s.last, from + 20); i++) {
    if (c.lower[i] === ',' && c.quoteOf[i] < 0) return i;
    if (isOpenQuote(c, i) || c.lower[i] === '.') return undefined;
  }
  return undefined;
}

/** Skips punctuation that separates a cue from what it introduces. */
export function skipSeparators(c: DocContext, i: number, s: SentenceRange): number {
  while (i < s.last && (c.lower[i] === ',' || c.lower[i] === ':' || isDash(c, i))) i++;
  return i;
}

/** Start offset of content ending before the source: the sentence start or an earlier open quote. */
export function contentStartBefore(c: DocContext, s: SentenceRange, end: number): number {
  let first = s.first;
  // A quote opened in an earlier sentence (or paragraph) and still open here.
  const q = c.quoteOf[first];
  if (q >= 0 && c.quotes[q].start < c.tokens[first].start) return c.quotes[q].start;
  while (first < end && !isWord(c, first) && !isOpenQuote(c, first)) first++;
  return c.tokens[Math.min(first, end)].start;
}

/** End offset of content ending at token `before` (exclusive): trailing commas and dashes dropped. */
export function contentEndBefore(c: DocContext, before: number, s: SentenceRange): number {
  let k = before - 1;
  while (k >= s.first && (c.lower[k] === ',' || isDash(c, k))) k--;
  return k >= s.first ? c.tokens[k].end : -1;
}

/** Margin above which the end model stops a content: first tuned on dev, confirmed on train (models
 * from one half, scored on the other: F1 64.97 at 3, 64.88 at 1, 64.84 at 5, 64.18 without the model). */
const MIN_END_MARGIN = 3;

/**
 * The content after a cue ends at the first token the learned end model stops it before
 * (models/attribution-end.bin), within the end the rules give (`ruleEnd`, an offset).
 */
export function learnedEnd(c: DocContext, cue: number, start: number, ruleEnd: number): number {
  for (let k = start + 1; k < c.tokens.length && c.tokens[k].end <= ruleEnd; k++) {
    if (!isEndCandidate(c, k) || endMargin(c, cue, start, k) < MIN_END_MARGIN) continue;
    let last = k - 1;
    while (last > start && (c.lower[last] === ',' || isDash(c, last))) last--;
    return c.tokens[last].end;
  }
  return ruleEnd;
}

/** How much surer the start model must be of another start than of the rules' one to move it: by
 * two-fold cross-validation on train, 0, 2, 4 and 8 lie within 0.05 content F1; 4 scored best. */
const MIN_START_GAIN = 4;

/**
 * The token the content of the cue ending at token `cue` starts at: the rules' `ruleStart`, unless the
 * learned start model (models/attribution-start.bin) prefers another word from token `from` on.
 */
export function learnedStart(
  c: DocContext,
  cue: number,
  from: number,
  ruleStart: number,
  s: SentenceRange,
): number {
  const windowEnd = startWindowEnd(cue + 1, s);
  if (ruleStart >= windowEnd || !isStartCandidate(c, ruleStart)) return ruleStart;
  let best = ruleStart;
  let bestMargin = startMargin(c, cue, ruleStart) + MIN_START_GAIN;
  for (let k = from; k < windowEnd; k++) {
    if (k === ruleStart || !isStartCandidate(c, k)) continue;
    const m = startMargin(c, cue, k);
    if (m > bestMargin) {
      best = k;
      bestMargin = m;
    }
  }
  return best;
}

const spanFv = new FeatureVector();

let spanObserver: ((q: SpanQuestion) => void) | undefined;

/** Sets the function the span questions go to instead of the model (tools/train-attribution-spans.ts). */
export function observeSpans(observe: ((q: SpanQuestion) => void) | undefined): void {
  spanObserver = observe;
}

/** Tokens at the start of a content within which a second cue of the same source joins the first. */
export const CHAINED_CUE_WINDOW = 3;

/** Whether a word may lie between two cues that join into one ("continued to call for"). */
export const linksChainedCue = (c: DocContext, w: string): boolean =>
  w === 'to' || c.lex.between.has(w) || w.endsWith('ly');

/** The cue a content starting at token `start` opens with, after "to", auxiliaries and adverbs (its
 * token), or Infinity: "continued to call for more information". */
function chainedCueAfter(c: DocContext, start: number): number {
  for (let k = start; k < c.tokens.length && k <= start + CHAINED_CUE_WINDOW; k++) {
    if (c.quoteOf[k] < 0 && isWord(c, k) && isCue(c, k)) return k;
    if (!linksChainedCue(c, c.lower[k])) break;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The content after the cue ending at token `cue`, as [first token, end offset]: of the spans that
 * overlap the rules' one (from token `start` to offset `end`) by half, start from token `from` on and
 * end within offset `limit`, the one the learned span model (models/attribution-span.bin) scores best.
 * The start moves past no chained cue (`chainedCueAfter`: the two cues join over the first content).
 */
export function learnedSpan(
  c: DocContext,
  cue: number,
  from: number,
  start: number,
  end: number,
  limit: number,
  s: SentenceRange,
): [number, number] {
  let limitToken = start + 1;
  while (limitToken < c.tokens.length && c.tokens[limitToken].start < limit) limitToken++;
  let ruleEnd = start + 1;
  while (ruleEnd < limitToken && c.tokens[ruleEnd].start < end) ruleEnd++;
  if (limitToken - cue > MAX_SPAN_REACH || !isSpanEnd(c, ruleEnd, limitToken)) return [start, end];
  const starts = spanStarts(c, from, startWindowEnd(from, s));
  if (!starts.includes(start)) starts.push(start);
  const q: SpanQuestion = { cue, starts, ruleStart: start, ruleEnd, limit: limitToken };
  if (spanObserver) {
    spanObserver(q);
    return [start, end];
  }
  const best = searchSpans(c, q, spanFv, spanMargin, true);
  if (best.start > start && best.start > chainedCueAfter(c, start)) return [start, end];
  return [best.start, c.tokens[best.end - 1].end];
}

/** End offset of content that starts at token `from`: the sentence's end, or a quote's when it goes on. */
export function contentEndAfter(c: DocContext, from: number, s: SentenceRange, subordinate: boolean): number {
  if (from < s.last && isOpenQuote(c, from)) {
    const q = c.quoteByStart.get(c.tokens[from].start);
    if (q !== undefined) return Math.max(c.tokens[s.last - 1].end, c.quotes[q].end);
  }
  // A semicolon ends the clause; in a fronted subordinate clause, so does its comma. (Dashes do not:
  // PolNeAR contents run over them.)
  for (let i = from + 1; i < s.last; i++) {
    if (c.quoteOf[i] >= 0) continue;
    if (c.lower[i] === ';' || (subordinate && c.lower[i] === ',')) return c.tokens[i - 1].end;
    if (c.lower[i] === ',' && i + 1 < s.last && CLAUSE_JOINERS.has(c.lower[i + 1]))
      return c.tokens[i - 1].end;
  }
  return sentenceEndWithoutStop(c, s);
}

/** The end of the sentence's last token, leaving out a final full stop (gold contents do). */
export function sentenceEndWithoutStop(c: DocContext, s: SentenceRange): number {
  const last = s.last - 1;
  return last > s.first && c.lower[last] === '.' ? c.tokens[last - 1].end : c.tokens[last].end;
}

/** Whether the clause holding token k opens with a subordinator ("As Smith said …, …"). */
export function inFrontedClause(c: DocContext, k: number, s: SentenceRange): boolean {
  for (let i = k - 1; i >= s.first; i--) {
    if (c.lower[i] === ',' || c.quoteOf[i] >= 0) return false;
    if (c.lex.subordinators.has(c.lower[i])) {
      return i === s.first || c.lower[i - 1] === ',' || !isWord(c, i - 1) || COORDINATORS.has(c.lower[i - 1]);
    }
  }
  return false;
}
