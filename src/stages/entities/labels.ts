// The tagger's label set: BIOES (begin, inside, outside, end, single) over the four CoNLL types.
// BIOES separates one-token names and name ends from the rest, which a linear model profits from;
// output and evaluation use IOB2, which `toIob2` converts to.
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((type) => ['B', 'I', 'E', 'S'].map((prefix) => `${prefix}-${type}`)),
];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

const prefixOf = (label: number) => LABELS[label][0];
const typeOf = (label: number) => LABELS[label].slice(2);

/** Whether `to` may follow `from` in a well-formed BIOES sequence (−1 = sentence start or end). */
export function allowedTransition(from: number, to: number): boolean {
  const open = from >= 0 && (prefixOf(from) === 'B' || prefixOf(from) === 'I');
  if (to < 0) return !open;
  const continues = prefixOf(to) === 'I' || prefixOf(to) === 'E';
  if (open) return continues && typeOf(to) === typeOf(from);
  return !continues;
}

/** IOB2 tags → BIOES label ids (training data arrive as IOB2). */
export function fromIob2(tags: readonly string[]): number[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return OUTSIDE;
    const type = tag.slice(2);
    const next = tags[i + 1];
    const ends = next === undefined || next === 'O' || next.startsWith('B-') || next.slice(2) !== type;
    const begins = tag.startsWith('B-') || i === 0 || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== type;
    const prefix = begins ? (ends ? 'S' : 'B') : ends ? 'E' : 'I';
    return LABELS.indexOf(`${prefix}-${type}`);
  });
}

/** BIOES label ids → IOB2 tags. */
export function toIob2(labels: readonly number[]): string[] {
  return labels.map((label) => {
    if (label === OUTSIDE) return 'O';
    const prefix = prefixOf(label);
    return `${prefix === 'B' || prefix === 'S' ? 'B' : 'I'}-${typeOf(label)}`;
  });
}
