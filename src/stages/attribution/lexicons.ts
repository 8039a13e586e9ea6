// The word lists the attribution stage reads, loaded once per process on first use.
import { readFileSync } from 'node:fs';
import { readListResource, resourcePath } from '../../resources.js';

/** A word counts as a cue when PolNeAR train shows it is one at least this often outside quotes… */
export const MIN_CUE_PRECISION = 0.45;
/** …and it was a cue at least this many times (rarer words are noise). */
export const MIN_CUE_COUNT = 4;

export interface CueStats {
  precision: number;
  /** Share of its cue uses whose source follows it ("according to X", "said X"). */
  sourceAfter: number;
}

export interface AttributionLexicons {
  cues: Map<string, CueStats>;
  between: Set<string>;
  npStops: Set<string>;
  adjunctStarts: Set<string>;
  subordinators: Set<string>;
  pronouns: Map<string, { types: string[]; plural: boolean }>;
  anonymousHeads: Set<string>;
  sectors: Map<string, string>;
}

function tsvRows(...path: string[]): string[][] {
  return readFileSync(resourcePath(...path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function loadCues(): Map<string, CueStats> {
  const cues = new Map<string, CueStats>();
  for (const [word, count, , precision, sourceAfter] of tsvRows('knowledge', 'attribution-cues.tsv')) {
    // Punctuation and function words are cue parts only next to a real cue word.
    // Adverbs ("forcefully denouncing") go with the verb after them.
    if (!/^\p{L}{3,}$/u.test(word) || word.endsWith('ly')) continue;
    if (Number(precision) < MIN_CUE_PRECISION || Number(count) < MIN_CUE_COUNT) continue;
    cues.set(word, { precision: Number(precision), sourceAfter: Number(sourceAfter) });
  }
  return cues;
}

let memo: AttributionLexicons | undefined;

export function attributionLexicons(): AttributionLexicons {
  if (memo) return memo;
  const anonymous = tsvRows('lexicon', 'attribution-anonymous.tsv');
  memo = {
    cues: loadCues(),
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
    anonymousHeads: new Set(anonymous.filter((r) => r[0] === 'head').map((r) => r[1])),
    sectors: new Map(anonymous.filter((r) => r[0] === 'sector').map((r) => [r[1], r[2]])),
  };
  return memo;
}
