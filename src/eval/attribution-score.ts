// Scores predicted attributions against gold ones. A predicted content matches a gold content when
// their overlap covers at least half of each (gold content may be discontinuous: its fragments count).
// A predicted content in parts counts its parts only. Pairs are matched one-to-one, largest overlap first. Among matched pairs the source is right when
// the spans overlap (or both are absent), the cue likewise.
import type { Attribution } from '../doc/schema.js';
import type { Fragments, GoldAttribution } from './brat.js';

export interface AttributionCounts {
  predicted: number;
  gold: number;
  matched: number;
  exact: number;
  sourceRight: number;
  cueRight: number;
}

export const emptyCounts = (): AttributionCounts => ({
  predicted: 0,
  gold: 0,
  matched: 0,
  exact: 0,
  sourceRight: 0,
  cueRight: 0,
});

const length = (f: Fragments): number => f.reduce((n, x) => n + x.end - x.start, 0);

function overlap(a: { start: number; end: number }, f: Fragments): number {
  let n = 0;
  for (const x of f) n += Math.max(0, Math.min(a.end, x.end) - Math.max(a.start, x.start));
  return n;
}

function touches(a: { start: number; end: number } | null, f: Fragments | null): boolean {
  if (!a || !f) return !a && !f;
  return overlap(a, f) > 0;
}

/** Counts for one predicted list against one gold list, with the matched pairs. */
export function scoreAttributions(
  predicted: readonly Attribution[],
  gold: readonly GoldAttribution[],
): { counts: AttributionCounts; pairs: Array<[number, number]> } {
  const candidates: Array<{ p: number; g: number; ov: number }> = [];
  predicted.forEach((pred, p) => {
    const pieces: Fragments = pred.parts ?? [pred.content];
    const pl = length(pieces);
    gold.forEach((g, gi) => {
      const ov = pieces.reduce((n, piece) => n + overlap(piece, g.content), 0);
      if (ov > 0 && ov * 2 >= pl && ov * 2 >= length(g.content)) candidates.push({ p, g: gi, ov });
    });
  });
  candidates.sort((a, b) => b.ov - a.ov);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const counts = emptyCounts();
  counts.predicted = predicted.length;
  counts.gold = gold.length;
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([c.p, c.g]);
    const pred = predicted[c.p];
    const g = gold[c.g];
    counts.matched++;
    const first = g.content[0];
    const last = g.content[g.content.length - 1];
    if (pred.content.start === first.start && pred.content.end === last.end) counts.exact++;
    if (touches(pred.source, g.source)) counts.sourceRight++;
    if (touches(pred.cue, g.cue)) counts.cueRight++;
  }
  return { counts, pairs };
}

/** Adds `b` scaled by `weight` into `a` (several annotators of one text weigh 1/k each). */
export function addCounts(a: AttributionCounts, b: AttributionCounts, weight = 1): void {
  for (const key of Object.keys(a) as Array<keyof AttributionCounts>) a[key] += b[key] * weight;
}

export interface AttributionScores {
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
  sourceAccuracy: number;
  cueAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarizeCounts(c: AttributionCounts): AttributionScores {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    exactF1: f1(ratio(c.exact, c.predicted), ratio(c.exact, c.gold)),
    sourceAccuracy: ratio(c.sourceRight, c.matched),
    cueAccuracy: ratio(c.cueRight, c.matched),
  };
}
