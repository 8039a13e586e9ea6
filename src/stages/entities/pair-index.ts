// The word-pair features of a scorer (see `pairFeatures`), and its shape trigrams, re-indexed as nested maps, so the tagger
// looks them up by the two strings it already has — no feature name is built and hashed per token.
// Only ordinary-case sentences use it (headline variants carry a "C" suffix); names whose parts
// contain "|" are not indexed, and the tagger takes the string path for such tokens.
import type { Scorer } from './scores.js';

type Nested = Map<string, Map<string, number>>;

export interface PairIndex {
  /** `lw-1|lw`: previous word → word → feature id */
  readonly previousWord: Nested;
  /** `lw-1|sh`: previous word → shape → feature id */
  readonly previousShape: Nested;
  /** `lw|lw+1`: word → next word → feature id */
  readonly nextWord: Nested;
  /** `sh|lw+1`: shape → next word → feature id */
  readonly shapeNext: Nested;
  /** `sh-1|sh|sh+1`: previous shape → shape → next shape → feature id */
  readonly shapeTrigram: Map<string, Nested>;
}

const PREFIXES = {
  previousWord: 'lw-1|lw=',
  previousShape: 'lw-1|sh=',
  nextWord: 'lw|lw+1=',
  shapeNext: 'sh|lw+1=',
} as const;

const indexes = new WeakMap<Scorer, PairIndex>();

export function pairIndex(scorer: Scorer): PairIndex {
  let index = indexes.get(scorer);
  if (index) return index;
  index = {
    previousWord: new Map(),
    previousShape: new Map(),
    nextWord: new Map(),
    shapeNext: new Map(),
    shapeTrigram: new Map(),
  };
  const TRIGRAM = 'sh-1|sh|sh+1=';
  const entries = Object.entries(PREFIXES) as Array<[keyof typeof PREFIXES, string]>;
  for (const [name, id] of scorer.features) {
    if (name.startsWith(TRIGRAM)) {
      const parts = name.slice(TRIGRAM.length).split('|');
      if (parts.length !== 3 || parts[2].endsWith('C')) continue;
      let middle = index.shapeTrigram.get(parts[0]);
      if (!middle) {
        middle = new Map();
        index.shapeTrigram.set(parts[0], middle);
      }
      let last = middle.get(parts[1]);
      if (!last) {
        last = new Map();
        middle.set(parts[1], last);
      }
      last.set(parts[2], id);
      continue;
    }
    for (const [key, prefix] of entries) {
      if (!name.startsWith(prefix)) continue;
      const value = name.slice(prefix.length);
      const bar = value.indexOf('|');
      if (bar < 0 || value.indexOf('|', bar + 1) >= 0 || value.endsWith('C')) break;
      const nested = index[key];
      const a = value.slice(0, bar);
      let inner = nested.get(a);
      if (!inner) {
        inner = new Map();
        nested.set(a, inner);
      }
      inner.set(value.slice(bar + 1), id);
      break;
    }
  }
  indexes.set(scorer, index);
  return index;
}

/** The index's inner maps for one word as the left (or, for trigrams, the first) of the tokens. */
export interface WordPairs {
  /** `lw-1|lw` of the next token: its lowercase word → feature id */
  readonly previousWord: Map<string, number> | undefined;
  /** `lw-1|sh` of the next token: its shape → feature id */
  readonly previousShape: Map<string, number> | undefined;
  /** `lw|lw+1` of this token: the next lowercase word → feature id */
  readonly nextWord: Map<string, number> | undefined;
  /** `sh|lw+1` of this token: the next lowercase word → feature id */
  readonly shapeNext: Map<string, number> | undefined;
  /** `sh-1|sh|sh+1` of the next token: its shape → the shape after it → feature id */
  readonly shapeTrigram: Nested | undefined;
}

/**
 * A word's entry points into the index, found once per word (the tagger keeps them with its cached
 * rows); undefined for a word with "|", whose features are looked up by name.
 */
export function wordPairs(index: PairIndex, lw: string, shape: string): WordPairs | undefined {
  if (lw.includes('|')) return undefined;
  return {
    previousWord: index.previousWord.get(lw),
    previousShape: index.previousShape.get(lw),
    nextWord: index.nextWord.get(lw),
    shapeNext: index.shapeNext.get(shape),
    shapeTrigram: index.shapeTrigram.get(shape),
  };
}
