// IOB chunk tags (B-X begins a chunk of type X, I-X continues it, O is outside): conversion from
// IOB1 to IOB2, chunk extraction, the IOB2 transition constraint, and conlleval-style scoring.
import type { Transitions } from './greedy-tagger.js';

/**
 * Rewrites IOB1 tags (B- only between two adjacent chunks of one type) as IOB2 (every chunk opens
 * with B-). IOB2 input comes back unchanged.
 */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = i === 0 ? 'O' : tags[i - 1];
    return previous === 'O' || previous.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

export interface Chunk {
  type: string;
  /** First position. */
  start: number;
  /** One past the last position. */
  end: number;
}

/** The chunks of a tag sequence; a stray I-X (after O or another type) opens a chunk, as conlleval. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = open !== null && tag.startsWith('I-') && type === open.type;
    if (continues) continue;
    if (open !== null) {
      open.end = i;
      chunks.push(open);
      open = null;
    }
    if (tag !== 'O') open = { type, start: i, end: i };
  }
  return chunks;
}

/** The IOB2 constraint over `labels`: I-X only after B-X or I-X. */
export function iob2Transitions(labels: readonly string[]): Transitions {
  const n = labels.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let prev = -1; prev < n; prev++) {
    for (let next = 0; next < n; next++) {
      const tag = labels[next];
      let ok = true;
      if (tag.startsWith('I-'))
        ok = prev !== -1 && labels[prev] !== 'O' && labels[prev].slice(2) === tag.slice(2);
      allowed[(prev + 1) * n + next] = ok ? 1 : 0;
    }
  }
  return allowed;
}

export interface ChunkScores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
  /** Per chunk type, the same figures. */
  byType: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
}

/** Exact-match chunk precision, recall and F1 over sentences, as conlleval computes them. */
export function scoreChunks(
  pairs: Iterable<{ gold: readonly string[]; predicted: readonly string[] }>,
): ChunkScores {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const at = (type: string) => {
    let c = counts.get(type);
    if (c === undefined) {
      c = { gold: 0, predicted: 0, correct: 0 };
      counts.set(type, c);
    }
    return c;
  };
  for (const { gold, predicted } of pairs) {
    const goldChunks = chunksOf(gold);
    const predictedChunks = chunksOf(predicted);
    const goldKeys = new Set(goldChunks.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of goldChunks) at(c.type).gold += 1;
    for (const c of predictedChunks) {
      at(c.type).predicted += 1;
      if (goldKeys.has(`${c.type}:${c.start}:${c.end}`)) at(c.type).correct += 1;
    }
  }
  const prf = (c: { gold: number; predicted: number; correct: number }) => {
    const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
    const recall = c.gold === 0 ? 0 : c.correct / c.gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1 };
  };
  const total = { gold: 0, predicted: 0, correct: 0 };
  const byType: ChunkScores['byType'] = {};
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
    byType[type] = { ...prf(c), gold: c.gold };
  }
  return { ...prf(total), ...total, byType };
}
