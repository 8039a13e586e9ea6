/** Character-trigram Dice similarity of two strings (case-insensitive), between 0 and 1. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const counts = new Map<string, number>();
    const t = ` ${s.toLowerCase().replace(/\s+/g, ' ')} `;
    for (let i = 0; i + 3 <= t.length; i++)
      counts.set(t.slice(i, i + 3), (counts.get(t.slice(i, i + 3)) ?? 0) + 1);
    return counts;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}
