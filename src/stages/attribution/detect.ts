// The attribution rules. For every cue word outside quotation marks (a word PolNeAR train shows to be
// a cue often enough, knowledge/attribution-cues.tsv) it finds the source next to it and the content:
//   X said (that) C.          C, X said.          "C," said X.          according to X, C.
//   X told reporters (that) C.     "C1," X said, "C2."      X said: "C …"  (quotes over sentences)
//   …, adding/saying C   (the source is the subject of the sentence)
//   what they call C     (framing)

import { lexiconSet } from '../../knowledge/word-set.js';
import type { Candidate } from './candidate.js';
import {
  adjunctTail,
  commaAfter,
  contentEndAfter,
  contentEndBefore,
  contentStartBefore,
  inFrontedClause,
  introducesContent,
  isPunct,
  learnedEnd,
  learnedSpan,
  learnedStart,
  quoteAfterColon,
  quoteGoesOn,
  quoteJustBefore,
  skipSeparators,
  thatClauseNear,
  timePhraseEnd,
  withResumedQuote,
} from './content.js';
import {
  type DocContext,
  isCapitalized,
  isCloseQuote,
  isDash,
  isFiniteVerb,
  isOpenQuote,
  isPossessive,
  isWord,
  type SentenceRange,
} from './context.js';
import { cueVerdict } from './cue-score.js';
import { tailMargin } from './models.js';
import { nounPhraseAfter, nounPhraseBefore, type TokenRange } from './noun-phrase.js';
import { pollCandidate } from './poll-cue.js';
import { paragraphEnd } from './quotes.js';
import {
  ARTICLES,
  afterRecipient,
  RECIPIENT_VERBS,
  sentenceSubject,
  setOffSpeaker,
  speakerAfter,
} from './source-phrase.js';
import type { TailJudgement } from './tail-features.js';

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

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** "was reported by", "is known as": a passive participle is no speech act of the subject. */
function passive(c: DocContext, i: number, s: SentenceRange): boolean {
  if (i + 1 < s.last && c.lower[i + 1] === 'by') return true;
  let k = i - 1;
  while (k >= s.first && c.lex.between.has(c.lower[k]) && !BE.has(c.lower[k])) k--;
  return k >= s.first && BE.has(c.lower[k]) && c.lower[i].endsWith('ed');
}

/**
 * "Under the agreement announced on Wednesday, …", "according to a report released on Friday": with POS
 * tags, a participle right after a noun that a preposition governs describes that noun; nobody speaks.
 */
function describesNoun(c: DocContext, i: number, s: SentenceRange): boolean {
  if (c.tokens[i].pos !== 'VBN' || !(c.tokens[i - 1]?.pos ?? '').startsWith('NN')) return false;
  const next = c.lower[i + 1];
  if (next === 'that' || next === 'by' || next === 'to' || next === ':') return false;
  let k = i - 1;
  while (k > s.first && /^(?:NN|NNS|NNP|NNPS|JJ|DT|CD|PRP\$|POS)$/.test(c.tokens[k - 1].pos ?? '')) k--;
  return k > s.first && (c.tokens[k - 1].pos === 'IN' || c.tokens[k - 1].pos === 'TO');
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

/**
 * "The sale is expected to close in May": a passive participle before "to" that train shows to be a cue
 * there is a claim without a source; the content is the subject and the infinitive clause.
 */
function raisingCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  if (c.lower[i + 1] !== 'to' || !phrasalCue(c, i) || i + 2 >= s.last) return null;
  let k = i - 1;
  while (k >= s.first && c.lex.between.has(c.lower[k])) k--;
  const subject = nounPhraseBefore(c, k + 1, s.first);
  const start = c.tokens[i + 1].start;
  const end = learnedEnd(c, i, i + 1, contentEndAfter(c, i + 1, s, inFrontedClause(c, i, s)));
  const x: Candidate = {
    sentence: si,
    source: null,
    cue: { first: k + 1, last: i + 1 },
    contentStart: start,
    contentEnd: end,
  };
  if (!subject) return x;
  const subjectSpan: [number, number] = [c.tokens[subject.first].start, c.tokens[subject.last - 1].end];
  return { ...x, contentStart: subjectSpan[0], parts: [subjectSpan, [start, end]] };
}

/** How often train must show a participle after its form of "be" to be a cue for its passive to be a claim
 * (train content F1 75.60 at 0.5, 75.61 at 0.7). */
const MIN_PASSIVE_PRECISION = 0.7;

/**
 * "The deal was announced on Friday", "Smith was charged with fraud": a passive participle that train
 * shows to be a cue after its form of "be" is a claim with no source; the content is the subject and
 * what follows the participle, unless that is an adjunct. The subject of a passive "asked" or "told" is
 * the addressee, no content ("He was asked about the loan").
 */
function passiveCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  let k = i - 1;
  while (k >= s.first && c.lex.between.has(c.lower[k])) k--;
  let be = i - 1;
  while (be > k && !BE.has(c.lower[be])) be--;
  const counts = c.lex.contexts.get(`L\t${c.lower[be]}\t${c.lower[i]}`);
  if (be <= k || !counts || counts[0] < MIN_PASSIVE_PRECISION * counts[1]) return null;
  const subject = RECIPIENT_VERBS.has(c.lower[i]) ? null : nounPhraseBefore(c, k + 1, s.first);
  // "was charged with", "was asked about": a particle that train shows goes with the participle.
  const particle = PHRASAL_PARTICLES.has(c.lower[i + 1] ?? '') && phrasalCue(c, i);
  const cue: TokenRange = { first: k + 1, last: particle ? i + 2 : i + 1 };
  const from = skipSeparators(c, cue.last, s);
  const tail = (particle || !adjunctTail(c, i + 1, s)) && from < s.last && !isPunct(c, from);
  const subjectSpan: [number, number] | null =
    subject && !(subject.last - subject.first === 1 && c.lower[subject.first] === 'it')
      ? [c.tokens[subject.first].start, c.tokens[subject.last - 1].end]
      : null;
  if (!tail) {
    if (!subjectSpan) return null;
    return { sentence: si, source: null, cue, contentStart: subjectSpan[0], contentEnd: subjectSpan[1] };
  }
  const start = thatClauseNear(c, from, s) ?? from;
  const end = learnedEnd(c, i, start, contentEndAfter(c, start, s, inFrontedClause(c, i, s)));
  const x: Candidate = {
    sentence: si,
    source: null,
    cue,
    contentStart: c.tokens[start].start,
    contentEnd: end,
  };
  if (!subjectSpan) return x;
  return { ...x, contentStart: subjectSpan[0], parts: [subjectSpan, [x.contentStart, end]] };
}

/**
 * "Asked about the budget, the mayor said …", "Asked by reporters whether …": a cue participle opening
 * the sentence is a question or claim with no source (or the one after "by"); the content runs from
 * after it (and its particle) to the comma that closes the fronted clause.
 */
function frontedParticipleCandidate(
  c: DocContext,
  i: number,
  s: SentenceRange,
  si: number,
): Candidate | null {
  if (i !== s.first || !pastParticiple(c, i)) return null;
  let comma = i + 1;
  while (comma < s.last && c.lower[comma] !== ',' && c.lower[comma] !== ':') comma++;
  if (comma >= s.last) return null;
  const particle = PARTICLES.has(c.lower[i + 1]) && phrasalCue(c, i);
  const cue: TokenRange = { first: i, last: particle ? i + 2 : i + 1 };
  let from = cue.last;
  let source: TokenRange | null = null;
  if (c.lower[from] === 'by') {
    source = nounPhraseAfter(c, from + 1, comma);
    if (source) from = source.last;
  }
  if (from >= comma) return null;
  return {
    sentence: si,
    source,
    cue,
    contentStart: c.tokens[from].start,
    contentEnd: c.tokens[comma - 1].end,
  };
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

/** Called at each place the rules judge a cue's tail (tools/train-attribution-tails.ts); when one is
 * given, the rules' verdict stands. */
export type TailObserver = (j: TailJudgement) => void;

/** How much surer the tail model must be to overrule the rules' verdict: by two-fold cross-validation on
 * train (content F1, mean of the held-out halves, with the interrupted-clause rule) 73.77 without the
 * model, 74.05 at 0, 74.18 at 2, 74.25 at 4, 74.17 at 8. */
const MIN_TAIL_MARGIN = 4;

/** The rules' verdict on a cue's tail, overruled when the learned tail model is sure of the opposite. */
function judgeTail(c: DocContext, j: TailJudgement, observe: TailObserver | undefined): boolean {
  if (observe) {
    observe(j);
    return j.saysNothing;
  }
  const m = tailMargin(c, j);
  return j.saysNothing ? m > -MIN_TAIL_MARGIN : m >= MIN_TAIL_MARGIN;
}

function cueCandidate(
  c: DocContext,
  i: number,
  s: SentenceRange,
  si: number,
  earlier: Candidate[],
  observe: TailObserver | undefined,
): Candidate | null {
  const w = c.lower[i];
  const according = w === 'according';
  if (according && c.lower[i + 1] !== 'to') return null;
  if (!according && passive(c, i, s))
    return raisingCandidate(c, i, s, si) ?? passiveByCandidate(c, i, s, si) ?? passiveCandidate(c, i, s, si);
  if (!according && describesNoun(c, i, s)) return null;
  const fronted = frontedParticipleCandidate(c, i, s, si);
  if (fronted) return fronted;
  // "in a statement": a noun after an article is no cue of its own.
  if (i > s.first && ARTICLES.has(c.lower[i - 1])) return null;
  // "as a memo put it": "it" is part of the cue.
  const putIt = w === 'put' && c.lower[i + 1] === 'it';
  const cue: TokenRange = { first: i, last: according || putIt ? i + 2 : i + 1 };
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
  // "C, as X said." / "C," as X put it: the content is before "as".
  const asClause =
    !inverted &&
    source !== null &&
    source.first - 2 >= s.first &&
    c.lower[source.first - 1] === 'as' &&
    (c.lower[source.first - 2] === ',' || isCloseQuote(c, source.first - 2));
  const sourceStart = inverted ? i : asClause && source ? source.first - 1 : (source?.first ?? i);
  const boundaryBefore =
    sourceStart > s.first &&
    (c.lower[sourceStart - 1] === ',' || isCloseQuote(c, sourceStart - 1) || isDash(c, sourceStart - 1));
  const inQuoteStretch = c.quoteOf[s.first] >= 0;
  // '"…," Smith said …' with the quote in this sentence or ending the one before.
  const quote = quoteJustBefore(c, sourceStart);
  // "called for a moratorium": a particle that train shows goes with the cue opens no adjunct.
  const phrasal = !inverted && PHRASAL_PARTICLES.has(c.lower[cue.last]) && phrasalCue(c, i);
  const ruleTail =
    !phrasal &&
    (adjunctTail(c, after, s) || adjunctTail(c, tailFrom, s) || (inverted && appositionTail(c, after, s)));
  const resumes = quoteGoesOn(c, after, s) !== undefined;
  const title = quote !== undefined && titleInFrontedAdjunct(c, s, quote);
  // Where a content before the speaker is possible, the tail model may overrule the rules.
  const tailIsAdjunct =
    !title && (quote !== undefined || boundaryBefore || inQuoteStretch)
      ? judgeTail(c, { cue: i, sourceStart, after, sentence: s, saysNothing: ruleTail }, observe)
      : ruleTail;
  // "The council, she says, is different.": the speaker interrupts the clause between its subject and verb.
  const verb = interruptedPredicate(c, after, s);
  if (verb !== undefined && !inverted && c.lower[sourceStart - 1] === ',' && c.quoteOf[s.first] < 0) {
    const start = contentStartBefore(c, s, sourceStart);
    const end = contentEndBefore(c, sourceStart, s);
    const resumed = contentEndAfter(c, verb, s, false);
    if (end > start) {
      const parts: Array<[number, number]> = [
        [start, end],
        [c.tokens[verb].start, resumed],
      ];
      return { sentence: si, source, cue, contentStart: start, contentEnd: resumed, parts };
    }
  }
  // The quote before the speaker is theirs when it resumes after the cue or the tail says nothing (as
  // the rules and the tail model judge: 'Although …“…,” he claimed they had never met' says something).
  if (quote !== undefined && (resumes || tailIsAdjunct) && !title) {
    const q = c.quotes[quote];
    // 'Teachers are "very pro-Bernie," she said': words before the quote in its sentence belong to it.
    const midSentence = q.start > c.tokens[s.first].start && c.quoteOf[s.first] < 0;
    const start = midSentence ? contentStartBefore(c, s, sourceStart) : q.start;
    return withResumedQuote(c, { sentence: si, source, cue }, start, q.end, after, s);
  }
  // "C, according to X (…)": whatever follows X qualifies it.
  const finalAccording = according && boundaryBefore && !introducesContent(c, after, s);
  // "On a snowy day, Bush reflected on …": a fronted phrase is the writer's; the content follows.
  const frontedOnly = !finalAccording && !inQuoteStretch && frontedAdjunctOnly(c, s, sourceStart);
  if ((boundaryBefore || inQuoteStretch) && (tailIsAdjunct || finalAccording) && !frontedOnly) {
    const end = contentEndBefore(c, sourceStart, s);
    if (end < 0) return null;
    const start = contentStartBefore(c, s, sourceStart);
    if (start >= end) return null;
    return withResumedQuote(c, { sentence: si, source, cue }, start, end, after, s);
  }
  // Content after: "X said (that) C." / "according to X, C." (X runs to its comma: "according to
  // early results of exit polls conducted by Edison Research, C").
  let from = skipSeparators(c, according ? (commaAfter(c, after, s) ?? after) : after, s);
  const introduced = quoteAfterColon(c, after, s);
  if (introduced !== undefined) {
    const q = c.quotes[introduced];
    return { sentence: si, source, cue, contentStart: q.start, contentEnd: q.end };
  }
  // Nothing after the cue, or a full stop the segmenter did not end the sentence at.
  const nothingFrom = (k: number) =>
    k >= s.last || (k === s.last - 1 && isPunct(c, k)) || /^[.!?]$/.test(c.lower[k]);
  if (nothingFrom(from)) return null;
  // "said Tuesday his actions …": a bare time word or adverb after the cue is no content.
  const afterTime = timePhraseEnd(c, from, s);
  const timeSkipped = afterTime > from && afterTime < s.last;
  if (timeSkipped) from = afterTime;
  // "The general said on Tuesday.": nothing but the time phrase
  if (timeSkipped && nothingFrom(from)) return null;
  // "Some readers wrote in.": a particle with nothing after it ends an intransitive verb.
  if (PARTICLES.has(c.lower[from]) && from + 1 < s.last && isPunct(c, from + 1) && from === cue.last)
    return null;
  let start = thatClauseNear(c, from, s) ?? from;
  // "called for", "talked about", "accused of": the particle belongs to the cue.
  const particle =
    start === from &&
    (from === cue.last || timeSkipped) &&
    PARTICLES.has(c.lower[from]) &&
    from + 1 < s.last &&
    !QUANTIFIER_OPENERS.has(`${c.lower[from]} ${c.lower[from + 1]}`);
  if (particle) start = from + 1;
  // The model may move the start past an adjunct, never back over an addressee, a source or a time word.
  start = learnedStart(c, particle ? from : cue.last - 1, particle ? from + 1 : from, start, s);
  // "said in a statement on Friday that …": a particle the content does not follow opens an adjunct.
  const withParticle = particle && start === from + 1;
  const cueEnd = withParticle ? from : cue.last - 1;
  const limit = contentEndAfter(c, start, s, inFrontedClause(c, source?.first ?? i, s));
  const [first, end] = learnedSpan(
    c,
    cueEnd,
    withParticle ? from + 1 : from,
    start,
    learnedEnd(c, cueEnd, start, limit),
    limit,
    s,
  );
  return {
    sentence: si,
    source,
    cue: withParticle ? { first: cue.first, last: from + 1 } : cue,
    contentStart: c.tokens[first].start,
    contentEnd: end,
  };
}

/** The token of the finite verb after the comma that ends the speaker's interruption, if one follows. */
function interruptedPredicate(c: DocContext, after: number, s: SentenceRange): number | undefined {
  const verb = after + 1;
  if (verb >= s.last || c.lower[after] !== ',') return undefined;
  // a finite verb right after ", X said," carries on the clause the speaker interrupts
  return isFiniteVerb(c, verb) ? verb : undefined;
}

const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/** "…, said Mark Jones, a political scientist at Rice University.": an apposition after an inverted
 * speaker (a comma and an article, no "that" or quote in the rest of the clause) says nothing more. */
function appositionTail(c: DocContext, after: number, s: SentenceRange): boolean {
  if (after + 1 >= s.last || c.lower[after] !== ',' || !APPOSITION_OPENERS.has(c.lower[after + 1]))
    return false;
  for (let k = after + 2; k < s.last && c.lower[k] !== ','; k++) {
    if (c.lower[k] === 'that' || c.lower[k] === ':' || isOpenQuote(c, k)) return false;
  }
  return true;
}

/**
 * Whether all that precedes the source (token `sourceStart`) in its sentence is one fronted adjunct
 * ("On a snowy day,", "As caucusing got under way,", "Speaking to reporters,"): an opener of an
 * adjunct or subordinate clause, or a participle, and no other comma before the one that ends it.
 */
function frontedAdjunctOnly(c: DocContext, s: SentenceRange, sourceStart: number): boolean {
  const w = c.lower[s.first];
  const opener = c.lex.adjunctStarts.has(w) || c.lex.subordinators.has(w) || openingParticiple(c, s.first);
  if (!opener || c.quoteOf[s.first] >= 0) return false;
  for (let k = s.first + 1; k < sourceStart - 1; k++) {
    if (c.lower[k] === ',' || isCloseQuote(c, k) || c.quoteOf[k] >= 0) return false;
  }
  return true;
}

/** A sentence does not open on a finite verb: "Asked", tagged VBD or VBN, is a fronted participle. */
const pastParticiple = (c: DocContext, i: number): boolean =>
  (c.tokens[i].pos === 'VBN' || c.tokens[i].pos === 'VBD') && c.lower[i].endsWith('ed');

/** "Speaking to reporters, …", "Asked about the budget, …": tagged VBG or VBN where the syntax stage ran
 * ("Boeing", "Beijing" and "Nothing" are not), else by its ending. */
function openingParticiple(c: DocContext, i: number): boolean {
  const pos = c.tokens[i].pos;
  if (pos !== undefined) return pos === 'VBG' || pastParticiple(c, i);
  const w = c.lower[i];
  return w.length > 5 && w.endsWith('ing');
}

/** Most words in a quote read as a title ('on ABC’s “This Week,”') rather than a statement. */
const MAX_TITLE_WORDS = 4;

/** 'Speaking on ABC’s “This Week,” Trump said …': a short quote ending a fronted adjunct is a title. */
function titleInFrontedAdjunct(c: DocContext, s: SentenceRange, quote: number): boolean {
  const q = c.quotes[quote];
  if (c.text.slice(q.start, q.end).split(/\s+/).length > MAX_TITLE_WORDS) return false;
  let open = s.first;
  while (open < s.last && c.tokens[open].start < q.start) open++;
  return open > s.first && open < s.last && frontedAdjunctOnly(c, s, open + 1);
}

/** Particles that do not open a time or place adjunct ("said on Tuesday", "said in a statement"). */
const PHRASAL_PARTICLES = new Set(['for', 'about', 'of', 'against', 'out']);

/** How often a word followed by a particle must be a cue in train for the two to be one cue. */
const MIN_PHRASAL_PRECISION = 0.6;

/** "called for", "spoke about", "warned of": train shows the word before this particle to be a cue. */
function phrasalCue(c: DocContext, i: number): boolean {
  const counts = c.lex.contexts.get(`R\t${c.lower[i]}\t${c.lower[i + 1]}`);
  return counts !== undefined && counts[0] >= MIN_PHRASAL_PRECISION * counts[1];
}

/** Prepositions and particles that end a phrasal cue rather than begin its content. */
const PARTICLES = new Set(['for', 'about', 'of', 'on', 'out', 'at', 'against', 'upon', 'up', 'with', 'in']);

/** "at least", "up to": a quantity the content opens with, not a particle of the cue. */
const QUANTIFIER_OPENERS = lexiconSet('attribution-quantifier-openers.txt')();

/** Words that make a headline's "name" a label ("The Latest:", "Editor's Note:") or an interjection. */
const HEADLINE_LABELS = lexiconSet('attribution-headline-labels.txt')();

/** Longest name before a headline colon ("Clinton camp: …"). */
const MAX_HEADLINE_SOURCE = 4;

/** "Graham: Trump's rhetoric is destroying the party", "PENCE: Well, …": a short capitalised name, a
 * colon, a claim. At a paragraph's start the claim is the whole paragraph (transcripts). */
function headlineCandidate(c: DocContext, s: SentenceRange, si: number): Candidate | null {
  // '"WALLACE: …' in a transcript quoted over paragraphs: the mark opening the paragraph is no name.
  const first = /^["“]$/.test(c.lower[s.first]) ? s.first + 1 : s.first;
  let colon = first;
  while (colon < s.last && colon - first <= MAX_HEADLINE_SOURCE && c.lower[colon] !== ':') colon++;
  if (colon === first || colon >= s.last || c.lower[colon] !== ':') return null;
  for (let i = first; i < colon; i++) {
    if (!isPossessive(c, i) && !(isWord(c, i) && isCapitalized(c, i))) return null;
    if (HEADLINE_LABELS.has(c.lower[i])) return null;
  }
  const paragraphStart = /(^|\n)[ \t]*["“]?$/.test(
    c.text.slice(Math.max(0, c.tokens[first].start - 20), c.tokens[first].start),
  );
  let last = s.last;
  while (last > colon + 1 && isPunct(c, last - 1)) last--;
  if (last - colon - 1 < 3) return null;
  let end = c.tokens[last - 1].end;
  if (paragraphStart) {
    end = paragraphEnd(c.text, end);
    while (end > 0 && /\s/.test(c.text[end - 1])) end--;
  }
  return {
    sentence: si,
    source: { first, last: colon },
    cue: { first: colon, last: colon + 1 },
    contentStart: c.tokens[colon + 1].start,
    contentEnd: end,
  };
}

/** Longest signature after a quote ('“…” ― Sonya Herridge'). */
const MAX_SIGNATURE = 6;

/** '“…” ― Sonya Herridge' at a paragraph's end: the name signs the quote before the dash. */
function signedQuoteCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  if (i === 0 || !isDash(c, i) || !isCloseQuote(c, i - 1)) return null;
  const q = c.quoteByEnd.get(c.tokens[i - 1].end);
  if (q === undefined || i + 1 >= s.last) return null;
  const end = paragraphEnd(c.text, c.tokens[i].end);
  let last = i + 1;
  while (last < s.last && c.tokens[last].end <= end) last++;
  if (last - i - 1 > MAX_SIGNATURE || !isCapitalized(c, i + 1)) return null;
  if (c.text.slice(c.tokens[last - 1].end, end).trim() !== '') return null;
  return {
    sentence: si,
    source: { first: i + 1, last },
    cue: { first: i, last: i + 1 },
    contentStart: c.quotes[q].start,
    contentEnd: c.quotes[q].end,
  };
}

/** Fewest long words (four letters or more) that make a title-case headline. */
const MIN_TITLE_WORDS = 3;

/** Whether a sentence is a title-case headline: all its words of four letters or more capitalised. */
function isTitleCase(c: DocContext, s: SentenceRange): boolean {
  let long = 0;
  for (let i = s.first; i < s.last; i++) {
    if (c.quoteOf[i] >= 0 || !/^\p{L}{4,}$/u.test(c.lower[i])) continue;
    if (!isCapitalized(c, i)) return false;
    long++;
  }
  return long >= MIN_TITLE_WORDS;
}

/**
 * A source right before the cue, and a content that is a quote before the source ('"…," the mayor
 * quipped') or opens right after the cue (at most a space or comma between) with "that" or a quote.
 */
function reportShaped(c: DocContext, x: Candidate, i: number): boolean {
  if (!x.source || x.source.last !== i || x.parts) return false;
  const cueStart = c.tokens[i].start;
  const opening = c.text.slice(x.contentStart, x.contentStart + 5).toLowerCase();
  if (x.contentStart < cueStart) return /^["“]/.test(opening);
  const gap = c.text.slice(c.tokens[i].end, x.contentStart);
  return gap.length <= 2 && (opening.startsWith('that ') || /^["“]/.test(opening));
}

/** Candidates in text order, before nesting, kinds and speakers are worked out. */
export function detectCandidates(c: DocContext, observe?: TailObserver): Candidate[] {
  const out: Candidate[] = [];
  c.sentences.forEach((s, si) => {
    const headline = headlineCandidate(c, s, si);
    if (headline) out.push(headline);
    // "Trump Says He Will Win": in a title-case headline a capitalised word may be a cue.
    const titleCase = isTitleCase(c, s);
    for (let i = s.first; i < s.last; i++) {
      const signed = signedQuoteCandidate(c, i, s, si);
      if (signed) out.push(signed);
      if (c.quoteOf[i] >= 0 || !isWord(c, i)) continue;
      if (isCapitalized(c, i) && i !== s.first && !titleCase) continue;
      const w = c.lower[i];
      let found: Candidate | null = null;
      if (FRAMING_VERBS.has(w)) found = framingCandidate(c, i, s, si);
      else if (w === 'in') found = pollCandidate(c, i, s, si);
      const verdict = found ? 'no' : cueVerdict(c, i);
      if (verdict === 'cue') found = cueCandidate(c, i, s, si, out, observe);
      // A word the cue classifier is unsure of is a cue when its attribution has the shape of a report.
      else if (verdict === 'unsure') {
        // not observed for the models' training data: most such candidates are thrown away just below
        const x = cueCandidate(c, i, s, si, out, undefined);
        if (x && reportShaped(c, x, i)) found = x;
      }
      if (found) out.push(found);
    }
  });
  return out;
}
