// Derives the attribution cue lexicon from PolNeAR train (never dev or test):
//   npx tsx tools/build-attribution-cues.ts [/work/shared/data/polnear/train] > knowledge/attribution-cues.tsv
// For every lower-cased word it counts how often it occurs in the texts and how often inside a gold
// Cue span (words inside quotation marks are left out: the stage never takes them as cues), and, for those cue occurrences, where the source and the content lie relative to the cue.
import { readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { findQuotes } from '../src/stages/attribution/quotes.js';
import { tokenize } from '../src/stages/segment/tokenize.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const MIN_CUE_COUNT = 3;

interface Tally {
  total: number;
  cue: number;
  sourceAfter: number;
  contentBefore: number;
}

const tallies = new Map<string, Tally>();
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
    tokens.forEach((t, i) => {
      const entry = tally(doc.text.slice(t.start, t.end).toLowerCase());
      entry.total += weight;
      const a = cueOf.get(i);
      if (!a) return;
      entry.cue += weight;
      if (a.source && a.source[0].start > t.start) entry.sourceAfter += weight;
      if (a.content[0].start < t.start) entry.contentBefore += weight;
    });
  }
}

const round = (x: number): string => x.toFixed(3);
console.log('# Attribution cue words derived from PolNeAR train by tools/build-attribution-cues.ts.');
console.log('# word\tcue_count\ttotal_count\tprecision\tsource_after\tcontent_before');
const rows = [...tallies.entries()]
  .filter(([, t]) => t.cue >= MIN_CUE_COUNT)
  .sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1));
for (const [word, t] of rows) {
  console.log(
    [
      word,
      t.cue.toFixed(1),
      t.total.toFixed(1),
      round(t.cue / t.total),
      round(t.sourceAfter / t.cue),
      round(t.contentBefore / t.cue),
    ].join('\t'),
  );
}
