// TempEval-3 Task A scoring of time expressions: extent strict (same characters) and relaxed
// (overlapping) precision/recall/F1, type and value accuracy over relaxed matches, and type/value
// F1 where a relaxed match with the right attribute is a true positive.

export interface GoldLike {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  counts: Counts;
  strict: PRF;
  relaxed: PRF;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: PRF;
  valueF1: PRF;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
}

/** Relaxed match pairs (gold index, system index), one-to-one, largest overlap first. */
export function matchTimexes(
  gold: readonly GoldLike[],
  system: readonly GoldLike[],
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const overlap = Math.min(gold[g].end, system[s].end) - Math.max(gold[g].start, system[s].start);
      if (overlap > 0) candidates.push([overlap, g, s]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, s] of candidates) {
    if (usedGold.has(g) || usedSystem.has(s)) continue;
    usedGold.add(g);
    usedSystem.add(s);
    pairs.push([g, s]);
  }
  return pairs;
}

/** Adds one document's comparison to running counts. */
export function countDocument(counts: Counts, gold: readonly GoldLike[], system: readonly GoldLike[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  for (const [g, s] of matchTimexes(gold, system)) {
    counts.relaxed++;
    if (gold[g].start === system[s].start && gold[g].end === system[s].end) counts.strict++;
    if (gold[g].type === system[s].type) counts.type++;
    if (gold[g].value === system[s].value) counts.value++;
  }
}

function prf(tp: number, system: number, gold: number): PRF {
  const precision = system ? tp / system : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scoreCounts(counts: Counts): TimexScores {
  const { gold, system, strict, relaxed, type, value } = counts;
  return {
    counts,
    strict: prf(strict, system, gold),
    relaxed: prf(relaxed, system, gold),
    typeAccuracy: relaxed ? type / relaxed : 0,
    valueAccuracy: relaxed ? value / relaxed : 0,
    typeF1: prf(type, system, gold),
    valueF1: prf(value, system, gold),
  };
}
