// The learned content span (models/attribution-span.bin): the start and end of a content after its cue
// chosen together. A span [s, e) (tokens s to e − 1) scores the sum of a start part (the word at s, its
// tags, how far from the cue, what lies between), an end part (the token after the span, its tags, the
// cue word) and a joint part (the length, whether a verb lies inside, the first word with the next
// token). Trained as a structured perceptron (tools/train-attribution-spans.ts): the best span of the
// candidates against the gold one. Shared by the stage and the trainer.
import type { FeatureVector } from '../../ml/index.js';
import { type DocContext, isDash, isOpenQuote } from './context.js';
import { isEndCandidate } from './end-features.js';
import { betweenCueAndStart, isStartCandidate } from './start-features.js';
import { hashAt, tokenHashes } from './token-hashes.js';

/** Bump when the templates change: the model records the version it was trained with. */
export const SPAN_FEATURES_VERSION = 1;

/** How many of the best-scoring starts are paired with every end (besides the forced one). */
const MAX_STARTS = 4;

/** Longest span (tokens) the model chooses within; a longer reach leaves the rules' span alone. */
export const MAX_SPAN_REACH = 80;

/** One choice of a content span after a cue (all tokens): the cue's last token, the candidate starts,
 * the rules' span [ruleStart, ruleEnd) and the furthest end the rules allow (exclusive). */
export interface SpanQuestion {
  cue: number;
  starts: number[];
  ruleStart: number;
  ruleEnd: number;
  limit: number;
}

/** The margin of a filled feature vector (score of YES minus O). */
export type Scorer = (fv: FeatureVector) => number;

const TRAILING = new Set([',', ';', ':', '.']);

/** Whether a content may end before token e (exclusive end `e`) within `limit`: not inside a quote,
 * and not on a comma, a dash or a full stop (gold contents leave those out). */
export function isSpanEnd(c: DocContext, e: number, limit: number): boolean {
  if (e === limit) return true;
  return isEndCandidate(c, e) && !TRAILING.has(c.lower[e - 1]) && !isDash(c, e - 1);
}

/** The exclusive end token of a span whose last token is e − 1, trailing commas, dashes and stops dropped. */
export function trimEnd(c: DocContext, start: number, e: number): number {
  while (e - 1 > start && (TRAILING.has(c.lower[e - 1]) || isDash(c, e - 1))) e--;
  return e;
}

function startPart(c: DocContext, q: SpanQuestion, s: number, out: FeatureVector): void {
  const { cue } = q;
  const h = tokenHashes(c);
  const cw = hashAt(h.word, cue);
  const w = hashAt(h.word, s);
  const distance = Math.min(s - cue, 10);
  const { commas, that } = betweenCueAndStart(c, cue, s);
  out.add(1, w);
  out.add2(2, hashAt(h.word, s - 1), w);
  out.add2(3, hashAt(h.tag, s - 1), hashAt(h.tag, s));
  out.add2(4, hashAt(h.chunk, s - 1), hashAt(h.chunk, s));
  out.add2(5, cw, distance);
  out.add2(6, cw, w);
  out.add2(7, cw, hashAt(h.tag, s));
  out.add3(8, Math.min(commas, 3), that, isOpenQuote(c, s) ? 1 : 0);
  out.add3(9, distance, hashAt(h.tag, s), hashAt(h.word, s - 1));
  out.add2(10, hashAt(h.word, s + 1), w);
  const rules = s === q.ruleStart ? 1 : 0;
  out.add(11, rules);
  out.add2(12, rules, cw);
  out.add2(13, rules, hashAt(h.tag, s));
}

function endPart(c: DocContext, q: SpanQuestion, e: number, out: FeatureVector): void {
  const { cue, limit } = q;
  const h = tokenHashes(c);
  const cw = hashAt(h.word, cue);
  const next = e === limit ? 0 : hashAt(h.word, e);
  out.add(21, next);
  out.add2(22, hashAt(h.word, e - 1), next);
  out.add2(23, hashAt(h.tag, e - 1), hashAt(h.tag, e));
  out.add2(24, hashAt(h.chunk, e - 1), hashAt(h.chunk, e));
  out.add2(25, cw, next);
  out.add2(26, cw, hashAt(h.tag, e));
  out.add2(27, cw, hashAt(h.chunk, e));
  out.add2(28, hashAt(h.word, e + 1), next);
  const rules = e === q.ruleEnd ? 1 : 0;
  out.add(29, rules);
  out.add2(30, rules, cw);
  out.add3(31, rules, e === limit ? 1 : 0, hashAt(h.tag, e));
}

/** Length buckets: 1, 2, 3, 4–5, 6–8, 9–13, 14–21, longer. */
const lengthBucket = (n: number): number =>
  n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 13 ? 6 : n <= 21 ? 7 : 8;

function jointPart(
  c: DocContext,
  q: SpanQuestion,
  s: number,
  e: number,
  verbs: number,
  out: FeatureVector,
): void {
  const { cue } = q;
  const h = tokenHashes(c);
  const length = lengthBucket(e - s);
  const verb = Math.min(verbs, 2);
  out.add2(41, hashAt(h.word, cue), length);
  out.add3(42, verb, hashAt(h.tag, s), hashAt(h.word, e));
  out.add2(43, hashAt(h.word, s), hashAt(h.word, e));
  out.add3(44, verb, length, hashAt(h.chunk, e));
  out.add2(45, s === q.ruleStart ? 1 : 0, e === q.ruleEnd ? 1 : 0);
}

const isVerb = (c: DocContext, i: number): boolean => {
  const tag = c.tokens[i].pos;
  return tag !== undefined && (tag.startsWith('VB') || tag === 'MD');
};

/** Whether tokens [a, b) and [x, y) overlap by at least half of each (as the scorer matches contents). */
export function halfOverlap(a: number, b: number, x: number, y: number): boolean {
  const o = Math.min(b, y) - Math.max(a, x);
  return 2 * o >= b - a && 2 * o >= y - x;
}

/** The stage takes only spans that overlap the rules' one by half: on the fully held-out halves of
 * train, the model's spans further off were right about as often as wrong (docs/attribution.md). */
export const nearRules = (q: SpanQuestion, s: number, e: number): boolean =>
  halfOverlap(s, e, q.ruleStart, q.ruleEnd);

/** A candidate span [start, end) and its score. */
export interface SpanChoice {
  start: number;
  end: number;
  score: number;
}

/**
 * The best span of the question: over the best MAX_STARTS of its starts by their start part, and the
 * rules' start, each with every end up to the limit (with `nearOnly`, only spans near the rules' one).
 */
export function searchSpans(
  c: DocContext,
  q: SpanQuestion,
  fv: FeatureVector,
  score: Scorer,
  nearOnly: boolean,
): SpanChoice {
  const startScores = q.starts.map((s) => {
    fv.clear();
    startPart(c, q, s, fv);
    return { s, m: score(fv) };
  });
  startScores.sort((x, y) => y.m - x.m);
  const kept = startScores.slice(0, MAX_STARTS);
  const own = startScores.find((x) => x.s === q.ruleStart);
  if (own && !kept.includes(own)) kept.push(own);
  const first = Math.min(...kept.map((x) => x.s));
  const endScores = new Float64Array(q.limit - first + 1).fill(Number.NaN);
  // A span near the rules' one ends past the middle of it and is at most twice as long.
  const length = q.ruleEnd - q.ruleStart;
  const lastEnd = nearOnly ? Math.min(q.limit, Math.max(...kept.map((x) => x.s)) + 2 * length) : q.limit;
  for (let e = nearOnly ? q.ruleStart + Math.ceil(length / 2) : first + 1; e <= lastEnd; e++) {
    if (e <= first || !isSpanEnd(c, e, q.limit)) continue;
    fv.clear();
    endPart(c, q, e, fv);
    endScores[e - first] = score(fv);
  }
  const best: SpanChoice = { start: q.ruleStart, end: q.ruleEnd, score: Number.NEGATIVE_INFINITY };
  for (const { s, m } of kept) {
    let verbs = 0;
    for (let e = s + 1; e <= q.limit; e++) {
      if (isVerb(c, e - 1)) verbs++;
      const em = endScores[e - first];
      if (Number.isNaN(em) || (nearOnly && !nearRules(q, s, e))) continue;
      fv.clear();
      jointPart(c, q, s, e, verbs, fv);
      const total = m + em + score(fv);
      if (total > best.score) Object.assign(best, { start: s, end: e, score: total });
    }
  }
  return best;
}

/** The features of the span [s, e) (all three parts), for the trainer's updates. */
export function spanFeatures(c: DocContext, q: SpanQuestion, s: number, e: number, out: FeatureVector): void {
  out.clear();
  startPart(c, q, s, out);
  endPart(c, q, e, out);
  let verbs = 0;
  for (let i = s; i < e; i++) if (isVerb(c, i)) verbs++;
  jointPart(c, q, s, e, verbs, out);
}

/** The candidate starts after the cue: words or opening quote marks from `from` on, within `windowEnd`. */
export function spanStarts(c: DocContext, from: number, windowEnd: number): number[] {
  const out: number[] = [];
  for (let k = from; k < windowEnd; k++) if (isStartCandidate(c, k)) out.push(k);
  return out;
}
