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
