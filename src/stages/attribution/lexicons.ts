// The word lists the attribution stage reads, loaded once per process on first use.
import { readFileSync } from 'node:fs';
import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource, resourcePath } from '../../resources.js';

/** A word is a cue on its own (and bounds a source phrase) when train shows it is one this often outside quotes… */
export const MIN_CUE_PRECISION = 0.45;
/** …and it was a cue at least this many times (rarer words are noise). */
export const MIN_CUE_COUNT = 4;

export interface CueStats {
  precision: number;
  /** How often it was a cue in train (weighted by annotators). */
  count: number;
  /** Share of its cue uses whose source follows it ("according to X", "said X"). */
  sourceAfter: number;
}

export interface AttributionLexicons {
  /** Words that are cues on their own (precision and count above the thresholds). */
  cues: Map<string, CueStats>;
  /** Every word seen as a cue in train, for scoring in context. */
  cueWords: Map<string, CueStats>;
  /** "L\tprev\tword" / "R\tword\tnext" → [cue count, total count]. */
  contexts: Map<string, [number, number]>;
  between: Set<string>;
  npStops: Set<string>;
  adjunctStarts: Set<string>;
  subordinators: Set<string>;
  pronouns: Map<string, { types: string[]; plural: boolean }>;
  possessives: ReadonlySet<string>;
  anonymousHeads: Set<string>;
  sectors: Map<string, string>;
}

function tsvRows(...path: string[]): string[][] {
  return readFileSync(resourcePath(...path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function loadCueWords(): Map<string, CueStats> {
  const words = new Map<string, CueStats>();
  for (const [word, count, , precision, sourceAfter] of tsvRows('knowledge', 'attribution-cues.tsv')) {
    // Punctuation and function words are cue parts only next to a real cue word; adverbs
    // ("forcefully denouncing") go with the verb after them.
    if (!/^\p{L}{3,}$/u.test(word) || word.endsWith('ly')) continue;
    words.set(word, { precision: Number(precision), count: Number(count), sourceAfter: Number(sourceAfter) });
  }
  return words;
}

function loadContexts(): Map<string, [number, number]> {
  const contexts = new Map<string, [number, number]>();
  for (const [side, a, b, cue, total] of tsvRows('knowledge', 'attribution-cue-contexts.tsv')) {
    contexts.set(`${side}\t${a}\t${b}`, [Number(cue), Number(total)]);
  }
  return contexts;
}

let memo: AttributionLexicons | undefined;

export function attributionLexicons(): AttributionLexicons {
  if (memo) return memo;
  const anonymous = tsvRows('lexicon', 'attribution-anonymous.tsv');
  const cueWords = loadCueWords();
  memo = {
    cues: new Map(
      [...cueWords].filter(([, x]) => x.precision >= MIN_CUE_PRECISION && x.count >= MIN_CUE_COUNT),
    ),
    cueWords,
    contexts: loadContexts(),
    between: new Set(readListResource('lexicon', 'attribution-between.txt')),
    npStops: new Set(readListResource('lexicon', 'attribution-np-stops.txt')),
    adjunctStarts: new Set(readListResource('lexicon', 'attribution-adjunct-starts.txt')),
    subordinators: new Set(readListResource('lexicon', 'attribution-subordinators.txt')),
    pronouns: new Map(
      tsvRows('lexicon', 'attribution-pronouns.tsv').map(([p, types, number]) => [
        p,
        { types: types.split(','), plural: number === 'plural' },
      ]),
    ),
    possessives: lexiconSet('possessive-determiners.txt')(),
    anonymousHeads: new Set(anonymous.filter((r) => r[0] === 'head').map((r) => r[1])),
    sectors: new Map(anonymous.filter((r) => r[0] === 'sector').map((r) => [r[1], r[2]])),
  };
  return memo;
}
