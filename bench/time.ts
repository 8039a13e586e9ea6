// Speed of the time stage alone, in words per second on one core: every TimeBank + AQUAINT text
// (TBAQ-cleaned) is segmented once, then the stage runs over all of them; median of several runs.
//   npx tsx bench/time.ts [runs]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { readTimeML } from '../src/eval/timeml.js';
import { timemlFiles } from '../src/eval/timex-eval.js';
import { plainArticle } from '../src/ingest/plain.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { timeStage } from '../src/stages/time/index.js';

const DATA = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'tempeval3', 'TBAQ-cleaned');
const runs = Number(process.argv[2] ?? 7);

const segment = buildPipeline([segmentStage]);
const docs: AnalyzedArticle[] = timemlFiles(DATA).map((file) => {
  const tml = readTimeML(readFileSync(file, 'utf8'));
  const article = plainArticle(tml.text, { path: file, format: 'text' });
  article.published = { value: tml.dct?.slice(0, 10) ?? null, how: 'given' };
  return segment.run(article);
});
const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);

timeStage.run(docs[0], { anchor: docs[0].published.value, options: {} }); // load the lexicon once
const rates: number[] = [];
for (let run = 0; run < runs; run++) {
  const t0 = performance.now();
  for (const doc of docs) timeStage.run(doc, { anchor: doc.published.value, options: {} });
  rates.push(words / ((performance.now() - t0) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`time stage: ${docs.length} docs, ${words} words, ${runs} runs`);
console.log(
  `median ${Math.round(median).toLocaleString('en')} words/s (min ${Math.round(rates[0]).toLocaleString('en')}, max ${Math.round(rates.at(-1) ?? 0).toLocaleString('en')})`,
);
