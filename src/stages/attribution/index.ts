import type { AnalyzedArticle, Attribution, AttributionKind } from '../../doc/schema.js';
import { partitionPoint } from '../../doc/sorted.js';
import { span } from '../../doc/span.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Candidate } from './candidate.js';
import { CHAINED_CUE_WINDOW, linksChainedCue } from './content.js';
import { type DocContext, docContext } from './context.js';
import { type ContinuationJudge, continueOverSentences } from './continuation.js';
import { detectCandidates } from './detect.js';
import { mergeNounCues } from './noun-cue.js';
import { describeSource } from './speaker.js';

/**
 * A content ends before the cue of a later attribution in its sentence: before a participial cue
 * ("…, adding that …") and before the source of one that relays it ("X said C, Reuters reported").
 */
function cutAtLaterCues(c: DocContext, candidates: Candidate[]): void {
  for (const group of groupBy(candidates, (x) => x.sentence)) cutAtLaterCuesIn(c, group);
}

function cutAtLaterCuesIn(c: DocContext, candidates: Candidate[]): void {
  for (const a of candidates) {
    for (const b of candidates) {
      if (b === a) continue;
      const cueStart = c.tokens[b.cue.first].start;
      if (cueStart <= a.contentStart || cueStart >= a.contentEnd) continue;
      // Cut before b's source when it lies in a's content ("…, a man yelled"), else before b's cue.
      const sourceInside = b.source && c.tokens[b.source.first].start > a.contentStart;
      const at = sourceInside && b.source ? b.source.first : b.cue.first;
      const end = clauseEndBefore(c, at);
      if (end !== undefined) a.contentEnd = Math.min(a.contentEnd, end);
    }
  }
}

/** The items in groups of equal key, each group in the items' order (pairs are only sought within one). */
function groupBy<T>(items: readonly T[], key: (item: T) => string | number): T[][] {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The end of the clause before token `at` when a comma (or a quote closing on one) separates them. */
function clauseEndBefore(c: DocContext, at: number): number | undefined {
  let prev = at - 1;
  if (prev < 1) return undefined;
  // "… and said that …", "…, and three-quarters said …": a coordinated clause of its own.
  if (c.lower[prev] === 'and' || c.lower[prev] === 'but') {
    if (c.lower[prev - 1] !== ',') return c.tokens[prev - 1].end;
    prev--;
  }
  if (c.lower[prev] === ',') return c.tokens[prev - 1].end;
  // '"…," referring to …': the comma is inside the closing quote.
  if (c.quoteByEnd.has(c.tokens[prev].end) && c.lower[prev - 1] === ',') return c.tokens[prev].end;
  return undefined;
}

/**
 * A quoted sentence or paragraph right after an attribution, with no cue of its own, goes on with the
 * same speaker: its content grows over it ('"…," Barkley said. ¶ "…" ¶ "…"').
 */
/** What may lie between a quote's attribution and a quoted follow-up: no quote mark, a space last. */
const FOLLOW_UP_GAP = /^(?:(?!'')[^"“”]){0,200}?\s(?=["“]|'')/;

function extendOverQuotedParagraphs(c: DocContext, candidates: Candidate[]): void {
  const cueStarts = candidates.map((x) => c.tokens[x.cue.first].start).sort((x, y) => x - y);
  const hasCueIn = (start: number, end: number, own: number): boolean => {
    for (let i = partitionPoint(cueStarts, (x) => x < start); i < cueStarts.length && cueStarts[i] < end; i++)
      if (cueStarts[i] !== own) return true;
    return false;
  };
  for (const a of candidates) {
    const own = c.tokens[a.cue.first].start;
    for (;;) {
      const gap = FOLLOW_UP_GAP.exec(c.text.slice(a.contentEnd, a.contentEnd + 400));
      if (!gap || !/[.!?\n]/.test(gap[0]) || hasCueIn(a.contentEnd, a.contentEnd + gap[0].length, own)) break;
      const q = c.quoteByStart.get(a.contentEnd + gap[0].length);
      if (q === undefined) break;
      // The quote has a speaker of its own when a cue follows it in its sentence ('"…," she said').
      const rest = /^[^.!?\n]*/.exec(c.text.slice(c.quotes[q].end, c.quotes[q].end + 300))?.[0] ?? '';
      if (hasCueIn(c.quotes[q].start, c.quotes[q].end + rest.length, own)) break;
      // '“gun violence” was the theme.': a quote that is only part of its sentence is no follow-up
      // (one that ends on a full stop, '“… charities.” It is unclear …', is a sentence of its own).
      const endsSentence = /[.!?…]\s*['"“”’]+$/u.test(c.text.slice(c.quotes[q].start, c.quotes[q].end));
      if (!endsSentence && /\p{L}/u.test(rest)) break;
      a.parts = [...(a.parts ?? [[a.contentStart, a.contentEnd]]), [c.quotes[q].start, c.quotes[q].end]];
      a.contentEnd = c.quotes[q].end;
    }
  }
}

function kindOf(c: DocContext, x: Candidate): AttributionKind {
  const pieces = x.parts ?? [[x.contentStart, x.contentEnd]];
  const kinds = pieces.map(([start, end]) => kindOfSpan(c, start, end));
  if (kinds.every((k) => k === 'direct')) return 'direct';
  return kinds.some((k) => k !== 'indirect') ? 'mixed' : 'indirect';
}

function kindOfSpan(c: DocContext, start: number, end: number): AttributionKind {
  const text = c.text.slice(start, end).replace(/[\s.,;:!?]+$/u, '');
  let quoted = 0;
  for (const q of c.quotes) {
    if (q.start >= end) break; // quotes are in text order
    if (q.end <= start) continue;
    if (q.start <= start + 1 && q.end >= start + text.length - 1) return 'direct';
    if (/\s/.test(c.text.slice(q.start, q.end).trim())) quoted++;
  }
  return quoted > 0 ? 'mixed' : 'indirect';
}

/** The attribution (other than i) with the narrowest content holding i's cue and source: it relays i. */
function relayOf(
  c: DocContext,
  candidates: Candidate[],
  byStart: ContentStarts,
  i: number,
): number | undefined {
  const a = candidates[i];
  const from = c.tokens[a.source ? Math.min(a.source.first, a.cue.first) : a.cue.first].start;
  const to = c.tokens[a.source ? Math.max(a.source.last, a.cue.last) - 1 : a.cue.last - 1].end;
  let best: number | undefined;
  let bestWidth = 0;
  // only contents starting at most the longest content's length before `to` can reach it
  for (
    let k = partitionPoint(byStart.starts, (x) => x < to - byStart.longest);
    k < byStart.order.length;
    k++
  ) {
    const j = byStart.order[k];
    const b = candidates[j];
    if (b.contentStart > from) break;
    if (j === i || b.contentEnd < to) continue;
    // Never both ways round: the relay's own cue lies outside the content it relays.
    const bCue = c.tokens[b.cue.first].start;
    if (bCue >= a.contentStart && bCue < a.contentEnd) continue;
    // the narrowest content relays; of equally narrow ones, the first in candidate order
    const width = b.contentEnd - b.contentStart;
    if (best === undefined || width < bestWidth || (width === bestWidth && j < best)) {
      best = j;
      bestWidth = width;
    }
  }
  return best;
}

/** Candidate indexes in the order of their contents' starts, for finding the contents around a span. */
interface ContentStarts {
  order: number[];
  starts: number[];
  longest: number;
}

function contentStarts(candidates: readonly Candidate[]): ContentStarts {
  const order = candidates
    .map((_, j) => j)
    .sort((x, y) => candidates[x].contentStart - candidates[y].contentStart);
  const longest = candidates.reduce((most, x) => Math.max(most, x.contentEnd - x.contentStart), 0);
  return { order, starts: order.map((j) => candidates[j].contentStart), longest };
}

/**
 * "Protesters continued to call for more information": a cue at the start of another's content, with
 * the same source, is one cue with it ("continued to call for"); the inner content is the one kept.
 */
function mergeChainedCues(c: DocContext, candidates: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  const sourced = candidates.filter((x) => x.source);
  for (const group of groupBy(sourced, (x) => `${x.source?.first}:${x.source?.last}`))
    mergeChainedCuesIn(c, group, dropped);
  return candidates.filter((x) => !dropped.has(x));
}

/** mergeChainedCues over candidates that share one source span. */
function mergeChainedCuesIn(c: DocContext, candidates: Candidate[], dropped: Set<Candidate>): void {
  for (const a of candidates) {
    for (const b of candidates) {
      if (b === a || dropped.has(b)) continue;
      const at = c.tokens[b.cue.first].start;
      if (at < a.contentStart || at >= a.contentEnd) continue;
      // Only "to", auxiliaries and adverbs between: "continued to call for", not "ruled that X's statement".
      let k = b.cue.first;
      let words = 0;
      while (k > 0 && c.tokens[k - 1].start >= a.contentStart && words <= CHAINED_CUE_WINDOW) {
        k--;
        words++;
        const w = c.lower[k];
        if (!linksChainedCue(c, w)) words = CHAINED_CUE_WINDOW + 1;
      }
      if (words > CHAINED_CUE_WINDOW) continue;
      b.cue = { first: a.cue.first, last: b.cue.last };
      dropped.add(a);
      break;
    }
  }
}

/**
 * Train precision below which a cue word does not take reported speech before it: "The port is safe,
 * the mayor believes" (PolNeAR marks a third of such contents of these words). Two-fold
 * cross-validation on train (docs/attribution.md).
 */
const MIN_BACKWARD_CUE_PRECISION = 0.6;

/** Whether x's content is reported speech before a cue word that train shows to be a cue rarely. */
function weakCueAfterItsContent(c: DocContext, x: Candidate): boolean {
  // one-word cues only: a passive ("was announced") or "put it" has a content before it by design
  if (x.cue.last - x.cue.first > 1 || x.contentEnd > c.tokens[x.cue.first].start) return false;
  const precision = c.lex.cueWords.get(c.lower[x.cue.first])?.precision ?? 0;
  return precision < MIN_BACKWARD_CUE_PRECISION && kindOf(c, x) === 'indirect';
}

/** The attributions found, one per cue word and content; `judge` stands in for the continuation model (training). */
export function ruleCandidates(c: DocContext, judge?: ContinuationJudge): Candidate[] {
  const candidates = mergeNounCues(c, mergeChainedCues(c, detectCandidates(c)));
  cutAtLaterCues(c, candidates);
  extendOverQuotedParagraphs(c, candidates);
  continueOverSentences(c, candidates, judge);
  const seen = new Set<string>();
  const cueTaken = new Set<number>();
  return candidates.filter((x) => {
    const key = `${x.contentStart}:${x.contentEnd}`;
    if (x.contentEnd <= x.contentStart || seen.has(key)) return false;
    if (weakCueAfterItsContent(c, x)) return false;
    // One attribution per cue word: "calling" after "in a statement" and after its subject.
    for (let k = x.cue.first; k < x.cue.last; k++) if (cueTaken.has(k)) return false;
    seen.add(key);
    for (let k = x.cue.first; k < x.cue.last; k++) cueTaken.add(k);
    return true;
  });
}

export function findAttributions(doc: AnalyzedArticle): Attribution[] {
  const c = docContext(doc);
  const kept = ruleCandidates(c);
  const byStart = contentStarts(kept);
  return kept.map((x, i) => {
    const attribution: Attribution = {
      kind: kindOf(c, x),
      source: x.source ? describeSource(doc, c, x.source) : null,
      cue: span(c.text, c.tokens[x.cue.first].start, c.tokens[x.cue.last - 1].end),
      content: span(c.text, x.contentStart, x.contentEnd),
    };
    if (x.parts) attribution.parts = x.parts.map(([start, end]) => span(c.text, start, end));
    const via = relayOf(c, kept, byStart, i);
    if (via !== undefined) attribution.via = via;
    return attribution;
  });
}

/**
 * Stage `attribution`: quotes and reported speech with their source, cue and content. Attributions
 * without `via` are relayed by the article itself (its byline and publisher).
 */
export const attributionStage = defineStage({
  name: 'attribution',
  requires: ['sentences', 'tokens'],
  produces: ['attributions'],
  run(doc) {
    return { attributions: findAttributions(doc) };
  },
});
