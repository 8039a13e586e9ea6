// Entity-level precision, recall and F1 with conlleval semantics: an entity is a maximal chunk of
// IOB tags (B-X starts one, I-X continues one of the same type, an I-X after O or another type
// starts one); a prediction counts only if its span and type both match the gold entity.

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores {
  overall: Scores;
  byType: Record<string, Scores>;
  tokens: number;
  tokenAccuracy: number;
}

export interface TagSpan {
  /** first token */
  start: number;
  /** one past the last token */
  end: number;
  type: string;
}

/** Entities of an IOB tag sequence, in order. */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const result: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0) result.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const t = tag.slice(2);
    if (tag === 'O' || prefix === 'B' || (prefix === 'I' && t !== type) || start < 0) {
      close(i);
      if (tag !== 'O') {
        start = i;
        type = t;
      }
    }
  });
  close(tags.length);
  return result;
}

const key = (s: TagSpan) => `${s.start}:${s.end}:${s.type}`;

const score = (c: Counts): Scores => {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
};

/** Scores predicted against gold tag sequences (one pair of arrays per sentence). */
export function scoreNer(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): NerScores {
  const overall: Counts = { gold: 0, predicted: 0, correct: 0 };
  const byType = new Map<string, Counts>();
  const counts = (type: string) => {
    let c = byType.get(type);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      byType.set(type, c);
    }
    return c;
  };
  let tokens = 0;
  let sameTag = 0;
  gold.forEach((g, k) => {
    const p = predicted[k];
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) sameTag++;
    const predictedSpans = tagSpans(p);
    const predictedKeys = new Set(predictedSpans.map(key));
    for (const s of tagSpans(g)) {
      overall.gold++;
      counts(s.type).gold++;
      if (predictedKeys.has(key(s))) {
        overall.correct++;
        counts(s.type).correct++;
      }
    }
    for (const s of predictedSpans) {
      overall.predicted++;
      counts(s.type).predicted++;
    }
  });
  const types = [...byType.keys()].sort();
  return {
    overall: score(overall),
    byType: Object.fromEntries(types.map((t) => [t, score(counts(t))])),
    tokens,
    tokenAccuracy: tokens ? sameTag / tokens : 0,
  };
}
