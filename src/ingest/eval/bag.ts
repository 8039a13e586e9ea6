/** Lower-cased word tokens (letters and digits) with their counts. */
export function bagOfTokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export interface Overlap {
  shared: number;
  predicted: number;
  expected: number;
}

/** Tokens in common counting multiplicity (min of the two counts per token). */
export function overlap(predicted: Map<string, number>, expected: Map<string, number>): Overlap {
  let shared = 0;
  for (const [token, n] of predicted) shared += Math.min(n, expected.get(token) ?? 0);
  const sum = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);
  return { shared, predicted: sum(predicted), expected: sum(expected) };
}

export function prf(o: Overlap): { p: number; r: number; f1: number } {
  const p = o.predicted ? o.shared / o.predicted : 0;
  const r = o.expected ? o.shared / o.expected : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
