// Derives the attribution cue lexicon from PolNeAR train (never dev or test):
//   npx tsx tools/build-attribution-cues.ts [/work/shared/data/polnear/train]
// writes knowledge/attribution-cues.tsv: for every lower-cased word, how often it occurs in the texts
// and how often inside a gold Cue span (words inside quotation marks are left out: the stage never
// takes them as cues), and where the source and the content lie relative to those cues; and
// knowledge/attribution-cue-contexts.tsv: the same counts for a cue word with the word before it
// ("L prev word") or after it ("R word next").
import { writeFileSync } from 'node:fs';
import { readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { findQuotes } from '../src/stages/attribution/quotes.js';
import { tokenize } from '../src/stages/segment/tokenize.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const MIN_CUE_COUNT = 3;
const MIN_CONTEXT_COUNT = 3;

interface Tally {
  total: number;
  cue: number;
  sourceAfter: number;
  contentBefore: number;
}

const tallies = new Map<string, Tally>();
const contexts = new Map<string, { total: number; cue: number }>();
const context = (key: string, isCue: boolean, weight: number): void => {
  const t = contexts.get(key) ?? { total: 0, cue: 0 };
  t.total += weight;
  if (isCue) t.cue += weight;
  contexts.set(key, t);
};
const tally = (word: string): Tally => {
  let t = tallies.get(word);
  if (!t) {
    t = { total: 0, cue: 0, sourceAfter: 0, contentBefore: 0 };
    tallies.set(word, t);
  }
  return t;
};

for (const doc of readAttributionCorpus(dir)) {
  const quotes = findQuotes(doc.text);
  const quoted = (start: number): boolean => quotes.some((q) => start > q.start && start < q.end - 1);
  const tokens = tokenize(doc.text).filter((t) => !quoted(t.start));
  const weight = 1 / doc.annotations.length;
  for (const gold of doc.annotations) {
    // Each token's role: the cue it belongs to, if any.
    const cueOf = new Map<number, (typeof gold)[number]>();
    for (const a of gold) {
      for (const f of a.cue ?? []) {
        tokens.forEach((t, i) => {
          if (t.start >= f.start && t.end <= f.end) cueOf.set(i, a);
        });
      }
    }
    const words = tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
    tokens.forEach((t, i) => {
      const entry = tally(words[i]);
      entry.total += weight;
      const a = cueOf.get(i);
      context(`L\t${words[i - 1] ?? ''}\t${words[i]}`, a !== undefined, weight);
      context(`R\t${words[i]}\t${words[i + 1] ?? ''}`, a !== undefined, weight);
      if (!a) return;
      entry.cue += weight;
      if (a.source && a.source[0].start > t.start) entry.sourceAfter += weight;
      if (a.content[0].start < t.start) entry.contentBefore += weight;
    });
  }
}

const round = (x: number): string => x.toFixed(3);
const cueRows = [...tallies.entries()]
  .filter(([, t]) => t.cue >= MIN_CUE_COUNT)
  .sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1));
const cueWords = new Set(cueRows.map(([word]) => word));
writeFileSync(
  'knowledge/attribution-cues.tsv',
  `${[
    '# Attribution cue words derived from PolNeAR train by tools/build-attribution-cues.ts.',
    '# word\tcue_count\ttotal_count\tprecision\tsource_after\tcontent_before',
    ...cueRows.map(([word, t]) =>
      [
        word,
        t.cue.toFixed(1),
        t.total.toFixed(1),
        round(t.cue / t.total),
        round(t.sourceAfter / t.cue),
        round(t.contentBefore / t.cue),
      ].join('\t'),
    ),
  ].join('\n')}\n`,
);
// Contexts of cue words seen often enough to say something (either way).
const contextRows = [...contexts.entries()]
  .filter(
    ([key, t]) => cueWords.has(key.split('\t')[key.startsWith('L') ? 2 : 1]) && t.total >= MIN_CONTEXT_COUNT,
  )
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(
  'knowledge/attribution-cue-contexts.tsv',
  `${[
    '# Cue words in context (L: with the word before, R: with the word after), from PolNeAR train',
    '# by tools/build-attribution-cues.ts.',
    '# side\tword1\tword2\tcue_count\ttotal_count',
    ...contextRows.map(([key, t]) => `${key}\t${t.cue.toFixed(1)}\t${t.total.toFixed(1)}`),
  ].join('\n')}\n`,
);
