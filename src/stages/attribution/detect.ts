// The attribution rules. For every cue word outside quotation marks (a word PolNeAR train shows to be
// a cue often enough, knowledge/attribution-cues.tsv) it finds the source next to it and the content:
//   X said (that) C.          C, X said.          "C," said X.          according to X, C.
//   X told reporters (that) C.     "C1," X said, "C2."      X said: "C …"  (quotes over sentences)
//   …, adding/saying C   (the source is the subject of the sentence)
//   what they call C     (framing)
import {
  type DocContext,
  isCapitalized,
  isCloseQuote,
  isDash,
  isOpenQuote,
  isPossessive,
  isWord,
  type SentenceRange,
} from './context.js';
import { nounPhraseAfter, nounPhraseBefore, type TokenRange } from './noun-phrase.js';

export interface Candidate {
  sentence: number;
  source: TokenRange | null;
  cue: TokenRange;
  /** Character offsets of the content. */
  contentStart: number;
  contentEnd: number;
  /** The pieces of a content the source and cue interrupt ('"C1," X said, "C2"'), as offset pairs. */
  parts?: Array<[number, number]>;
}

const RECIPIENT_VERBS = new Set([
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
const FRAMING_VERBS = new Set([
  'call',
  'calls',
  'called',
  'term',
  'terms',
  'termed',
  'describe',
  'describes',
  'described',
  'dubbed',
  'dub',
]);
/** After a comma these open a clause of the writer's own rather than more of the content. */
const CLAUSE_JOINERS = new Set(['but', 'which', 'while', 'though', 'although', 'whereas', 'who', 'however']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const CLAUSE_PUNCT = new Set([',', '.', ';', '!', '?', ':']);
const isPunct = (c: DocContext, i: number): boolean => CLAUSE_PUNCT.has(c.lower[i]);

/**
 * Whether what follows a cue (from token `from`) is no content of its own: nothing, or an adjunct
 * ("… Smith said in a statement on Tuesday.") with no "that" or quote in it.
 */
function adjunctTail(c: DocContext, from: number, s: SentenceRange): boolean {
  let i = from;
  while (i < s.last && c.lower[i] === ',') i++;
  if (i >= s.last || (isPunct(c, i) && c.lower[i] !== ':')) return true;
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

const ARTICLES = new Set(['a', 'an', 'the']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** "was reported by", "is known as": a passive participle is no speech act of the subject. */
function passive(c: DocContext, i: number, s: SentenceRange): boolean {
  if (i + 1 < s.last && c.lower[i + 1] === 'by') return true;
  let k = i - 1;
  while (k >= s.first && c.lex.between.has(c.lower[k]) && !BE.has(c.lower[k])) k--;
  return k >= s.first && BE.has(c.lower[k]) && c.lower[i].endsWith('ed');
}

/** "O'Malley's move was first reported by MSNBC": the source after "by", the subject is the content. */
function passiveByCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  if (c.lower[i + 1] !== 'by') return null;
  const source = nounPhraseAfter(c, i + 2, s.last);
  let k = i - 1;
  while (k >= s.first && c.lex.between.has(c.lower[k])) k--;
  const subject = nounPhraseBefore(c, k + 1, s.first);
  if (!source || !subject) return null;
  const content = { start: c.tokens[subject.first].start, end: c.tokens[subject.last - 1].end };
  return {
    sentence: si,
    source,
    cue: { first: i, last: i + 2 },
    contentStart: content.start,
    contentEnd: content.end,
  };
}

const INTRODUCERS = new Set(['instead', 'yet', 'still', 'however', 'meanwhile', 'hours', 'days', 'despite']);
const isAdverb = (c: DocContext, i: number): boolean =>
  INTRODUCERS.has(c.lower[i]) || (c.lower[i].length > 4 && c.lower[i].endsWith('ly'));

/** '…," said Jane Doe, a spokeswoman.': a phrase after the cue that ends its clause is the speaker. */
function speakerAfter(c: DocContext, from: number, s: SentenceRange): boolean {
  const np = nounPhraseAfter(c, from, s.last);
  if (!np) return false;
  return np.last >= s.last || isPunct(c, np.last) || c.lex.adjunctStarts.has(c.lower[np.last]);
}

/** How far back the comma opening an apposition or a relative clause may be. */
const MAX_SET_OFF = 25;

/** The speaker before the comma at `comma`: "X, <apposition or relative clause>," (or the apposition). */
function setOffSpeaker(c: DocContext, comma: number, s: SentenceRange): TokenRange | null {
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
function sentenceSubject(c: DocContext, s: SentenceRange): TokenRange | null {
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
function afterRecipient(c: DocContext, from: number, s: SentenceRange): number {
  for (let i = from; i < Math.min(s.last, from + 7); i++) {
    if (c.lower[i] === 'that' || c.lower[i] === ',' || c.lower[i] === ':' || isOpenQuote(c, i)) return i;
    if (c.lex.cues.has(c.lower[i]) || c.lower[i] === '.') break;
  }
  const np = nounPhraseAfter(c, from, s.last);
  return np && np.last - np.first <= 3 && np.last < s.last - 1 ? np.last : from;
}

/** '"C1," X said, "C2 …"': the quote that resumes right after the cue, if one does. */
function quoteGoesOn(c: DocContext, after: number, s: SentenceRange): number | undefined {
  let i = after;
  while (i < s.last && (c.lower[i] === ',' || c.lower[i] === ':')) i++;
  if (i >= c.tokens.length || i === after || !isOpenQuote(c, i)) return undefined;
  return c.quoteByStart.get(c.tokens[i].start);
}

/** A content from `start` to `end`, resumed by the quote after the cue when there is one. */
function withResumedQuote(
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
function introducesContent(c: DocContext, from: number, s: SentenceRange): boolean {
  let i = from;
  while (i < s.last && c.lower[i] === ',') i++;
  if (i < s.last && c.lower[i].endsWith('ing') && c.lex.cueWords.has(c.lower[i])) return false;
  for (; i < s.last && c.lower[i] !== ','; i++) {
    if (c.lower[i] === 'that' || c.lower[i] === ':' || isOpenQuote(c, i)) return true;
  }
  return false;
}

/** The quote closing just before token k ('…,"' or '…",'), if one does. */
function quoteJustBefore(c: DocContext, k: number): number | undefined {
  let j = k - 1;
  if (j >= 0 && c.lower[j] === ',') j--;
  if (j < 0 || !isCloseQuote(c, j)) return undefined;
  return c.quoteByEnd.get(c.tokens[j].end);
}

/** "argued for the second time that …": a "that" a few words on, before any comma, opens the content. */
function thatClauseNear(c: DocContext, from: number, s: SentenceRange): number | undefined {
  for (let i = from; i < Math.min(s.last, from + 14); i++) {
    if (c.lower[i] === 'that') return i;
    if (isPunct(c, i) || isOpenQuote(c, i) || c.lex.cues.has(c.lower[i])) return undefined;
  }
  return undefined;
}

/**
 * "X said in a statement: "…"" and "The coach said:" ¶ "…": a colon in the clause after the cue that
 * opens a quote, in this sentence or the next.
 */
function quoteAfterColon(c: DocContext, from: number, s: SentenceRange): number | undefined {
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
function commaAfter(c: DocContext, from: number, s: SentenceRange): number | undefined {
  for (let i = from; i < Math.min(s.last, from + 20); i++) {
    if (c.lower[i] === ',' && c.quoteOf[i] < 0) return i;
    if (isOpenQuote(c, i) || c.lower[i] === '.') return undefined;
  }
  return undefined;
}

/** Skips punctuation that separates a cue from what it introduces. */
function skipSeparators(c: DocContext, i: number, s: SentenceRange): number {
  while (i < s.last && (c.lower[i] === ',' || c.lower[i] === ':' || isDash(c, i))) i++;
  return i;
}

/** Start offset of content ending before the source: the sentence start or an earlier open quote. */
function contentStartBefore(c: DocContext, s: SentenceRange, end: number): number {
  let first = s.first;
  // A quote opened in an earlier sentence (or paragraph) and still open here.
  const q = c.quoteOf[first];
  if (q >= 0 && c.quotes[q].start < c.tokens[first].start) return c.quotes[q].start;
  while (first < end && !isWord(c, first) && !isOpenQuote(c, first)) first++;
  return c.tokens[Math.min(first, end)].start;
}

/** End offset of content ending at token `before` (exclusive): trailing commas and dashes dropped. */
function contentEndBefore(c: DocContext, before: number, s: SentenceRange): number {
  let k = before - 1;
  while (k >= s.first && (c.lower[k] === ',' || isDash(c, k))) k--;
  return k >= s.first ? c.tokens[k].end : -1;
}

/** End offset of content that starts at token `from`: the sentence's end, or a quote's when it goes on. */
function contentEndAfter(c: DocContext, from: number, s: SentenceRange, subordinate: boolean): number {
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
  return c.tokens[s.last - 1].end;
}

/** Whether the clause holding token k opens with a subordinator ("As Smith said …, …"). */
function inFrontedClause(c: DocContext, k: number, s: SentenceRange): boolean {
  for (let i = k - 1; i >= s.first; i--) {
    if (c.lower[i] === ',' || c.quoteOf[i] >= 0) return false;
    if (c.lex.subordinators.has(c.lower[i])) {
      return i === s.first || c.lower[i - 1] === ',' || !isWord(c, i - 1) || COORDINATORS.has(c.lower[i - 1]);
    }
  }
  return false;
}

function framingCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  // "what NP call(s) C": "what" within three tokens before the verb.
  let w = i - 1;
  while (w >= s.first && w >= i - 4 && c.lower[w] !== 'what') w--;
  if (w < s.first || c.lower[w] !== 'what' || w === i - 1) return null;
  let from = i + 1;
  if (c.lower[from] === 'as') from++;
  let to = from;
  while (to < s.last && !isPunct(c, to)) to++;
  if (to === from) return null;
  return {
    sentence: si,
    source: { first: w + 1, last: i },
    cue: { first: i, last: i + 1 },
    contentStart: c.tokens[from].start,
    contentEnd: c.tokens[to - 1].end,
  };
}

function cueCandidate(
  c: DocContext,
  i: number,
  s: SentenceRange,
  si: number,
  earlier: Candidate[],
): Candidate | null {
  const w = c.lower[i];
  const according = w === 'according';
  if (according && c.lower[i + 1] !== 'to') return null;
  if (!according && passive(c, i, s)) return passiveByCandidate(c, i, s, si);
  // "in a statement": a noun after an article is no cue of its own.
  if (i > s.first && ARTICLES.has(c.lower[i - 1])) return null;
  const cue: TokenRange = { first: i, last: according ? i + 2 : i + 1 };
  const stats = c.lex.cues.get(w);
  const prevIsBoundary = i === s.first || c.lower[i - 1] === ',' || isCloseQuote(c, i - 1);
  const inverted =
    according ||
    (prevIsBoundary &&
      (stats?.sourceAfter ?? 0) > 0.05 &&
      cue.last < s.last &&
      c.lower[cue.last] !== 'that' &&
      speakerAfter(c, cue.last, s));

  let source: TokenRange | null;
  let after: number;
  if (inverted) {
    source = nounPhraseAfter(c, cue.last, s.last);
    after = source ? source.last : cue.last;
  } else {
    source = nounPhraseBefore(c, i, s.first);
    // 'Smith, a delegate from Ohio, said' / 'Barkley, who votes Democratic, said': the name and what
    // the commas set off around it are the speaker.
    if (!source && c.lower[i - 1] === ',' && !w.endsWith('ing')) source = setOffSpeaker(c, i - 1, s);
    after = cue.last;
    if (!source) {
      // Elided subject: "…, adding that …", "… and says …".
      const previous = earlier.findLast((x) => x.sentence === si);
      source = previous ? previous.source : sentenceSubject(c, s);
    }
    if (RECIPIENT_VERBS.has(w)) after = afterRecipient(c, after, s);
  }

  // Content before the source: "C, X said." / "C," said X. / "C, according to X."
  // '"…," Trump told Fox News host Sean Hannity earlier this month.': the addressee is no content.
  const tailFrom =
    RECIPIENT_VERBS.has(w) && !inverted ? (nounPhraseAfter(c, cue.last, s.last)?.last ?? after) : after;
  const sourceStart = inverted ? i : (source?.first ?? i);
  const boundaryBefore =
    sourceStart > s.first &&
    (c.lower[sourceStart - 1] === ',' || isCloseQuote(c, sourceStart - 1) || isDash(c, sourceStart - 1));
  const inQuoteStretch = c.quoteOf[s.first] >= 0;
  // '"…," Smith said …' with the quote in this sentence or ending the one before.
  const quote = quoteJustBefore(c, sourceStart);
  const tailIsAdjunct = adjunctTail(c, after, s) || adjunctTail(c, tailFrom, s);
  const resumes = quoteGoesOn(c, after, s) !== undefined;
  // A quote that ended the sentence before ('"…?" The administration said it …') is the speaker's
  // only when nothing but an adjunct follows the cue.
  const quoteInSentence = quote !== undefined && c.quotes[quote].end > c.tokens[s.first].start;
  const ownQuote = resumes || tailIsAdjunct || (quoteInSentence && !introducesContent(c, after, s));
  if (quote !== undefined && ownQuote) {
    const q = c.quotes[quote];
    // 'Teachers are "very pro-Bernie," she said': words before the quote in its sentence belong to it.
    const midSentence = q.start > c.tokens[s.first].start && c.quoteOf[s.first] < 0;
    const start = midSentence ? contentStartBefore(c, s, sourceStart) : q.start;
    return withResumedQuote(c, { sentence: si, source, cue }, start, q.end, after, s);
  }
  // "C, according to X (…)": whatever follows X qualifies it.
  const finalAccording = according && boundaryBefore && !introducesContent(c, after, s);
  if ((boundaryBefore || inQuoteStretch) && (tailIsAdjunct || finalAccording)) {
    const end = contentEndBefore(c, sourceStart, s);
    if (end < 0) return null;
    const start = contentStartBefore(c, s, sourceStart);
    if (start >= end) return null;
    return withResumedQuote(c, { sentence: si, source, cue }, start, end, after, s);
  }
  // Content after: "X said (that) C." / "according to X, C." (X runs to its comma: "according to
  // early results of exit polls conducted by Edison Research, C").
  const from = skipSeparators(c, according ? (commaAfter(c, after, s) ?? after) : after, s);
  const introduced = quoteAfterColon(c, after, s);
  if (introduced !== undefined) {
    const q = c.quotes[introduced];
    return { sentence: si, source, cue, contentStart: q.start, contentEnd: q.end };
  }
  if (from >= s.last || (from === s.last - 1 && isPunct(c, from))) return null;
  const start = thatClauseNear(c, from, s) ?? from;
  return {
    sentence: si,
    source,
    cue,
    contentStart: c.tokens[start].start,
    contentEnd: contentEndAfter(c, start, s, inFrontedClause(c, source?.first ?? i, s)),
  };
}

/** Weight of a word's own cue precision against the counts of its contexts. */
const PRIOR_WEIGHT = 3;
/** Tuned on PolNeAR dev. */
const MIN_CUE_SCORE = 0.5;

/**
 * How likely token i is a cue: its precision in train, updated with the counts of the same word
 * after the word before it and before the word after it.
 */
function cueScore(c: DocContext, i: number): number {
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

/** Longest name before a headline colon ("Clinton camp: …"). */
const MAX_HEADLINE_SOURCE = 4;

/** "Graham: Trump's rhetoric is destroying the party": a short capitalised name, a colon, a claim. */
function headlineCandidate(c: DocContext, s: SentenceRange, si: number): Candidate | null {
  let colon = s.first;
  while (colon < s.last && colon - s.first <= MAX_HEADLINE_SOURCE && c.lower[colon] !== ':') colon++;
  if (colon === s.first || colon >= s.last || c.lower[colon] !== ':') return null;
  for (let i = s.first; i < colon; i++) {
    if (!isPossessive(c, i) && !(isWord(c, i) && isCapitalized(c, i))) return null;
  }
  let last = s.last;
  while (last > colon + 1 && isPunct(c, last - 1)) last--;
  if (last - colon - 1 < 3) return null;
  return {
    sentence: si,
    source: { first: s.first, last: colon },
    cue: { first: colon, last: colon + 1 },
    contentStart: c.tokens[colon + 1].start,
    contentEnd: c.tokens[last - 1].end,
  };
}

/** Candidates in text order, before nesting, kinds and speakers are worked out. */
export function detectCandidates(c: DocContext): Candidate[] {
  const out: Candidate[] = [];
  c.sentences.forEach((s, si) => {
    const headline = headlineCandidate(c, s, si);
    if (headline) out.push(headline);
    for (let i = s.first; i < s.last; i++) {
      if (c.quoteOf[i] >= 0 || !isWord(c, i) || (isCapitalized(c, i) && i !== s.first)) continue;
      const w = c.lower[i];
      let found: Candidate | null = null;
      if (FRAMING_VERBS.has(w)) found = framingCandidate(c, i, s, si);
      if (!found && cueScore(c, i) >= MIN_CUE_SCORE) found = cueCandidate(c, i, s, si, out);
      if (found) out.push(found);
    }
  });
  return out;
}
