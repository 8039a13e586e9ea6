// Speed of the attribution stage alone (segmentation done beforehand), in words per second on one
// core, over the PolNeAR train and dev texts; the median of several runs.
//   npx tsx bench/attribution.ts [runs=7]
import { readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { plainArticle } from '../src/ingest/plain.js';
import { attributionStage } from '../src/stages/attribution/index.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { sharedPath } from '../test/support/shared.js';

const runs = Number(process.argv[2] ?? 7);
const ctx = { anchor: null, options: {} };
const docs = ['train', 'dev'].flatMap((split) => readAttributionCorpus(sharedPath('data', 'polnear', split)));
const prepared = docs.map((d) => {
  const article = plainArticle(d.text, { format: 'text' });
  return { ...article, ...segmentStage.run(article, ctx) };
});
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

attributionStage.run(prepared[0], ctx); // loads the lexicons once, outside the timing
const rates: number[] = [];
let found = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  found = 0;
  for (const doc of prepared) found += attributionStage.run(doc, ctx).attributions?.length ?? 0;
  rates.push(words / ((performance.now() - t0) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(
  `attribution: ${docs.length} docs, ${words} words, ${found} attributions; median ${Math.round(median)} words/s ` +
    `(min ${Math.round(rates[0])}, max ${Math.round(rates[rates.length - 1])}, ${runs} runs); heap ${heapMb.toFixed(0)} MB`,
);
