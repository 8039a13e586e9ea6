/**
 * In `items` ordered so that `before` holds for a first run of them and not after, the index of the
 * first item for which it does not hold (items.length when it holds for all): a binary search.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Range = { start: number; end: number };

/**
 * `items` (in their order) in the sentence that holds all of each: one list per sentence, sentences
 * sorted and apart; an item reaching past its sentence's end is in none.
 */
export function bySentence<T>(
  sentences: readonly Range[],
  items: readonly T[],
  range: (item: T) => Range,
): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const item of items) {
    const r = range(item);
    const k = partitionPoint(sentences, (s) => s.start <= r.start) - 1;
    if (k >= 0 && r.end <= sentences[k].end) out[k].push(item);
  }
  return out;
}
