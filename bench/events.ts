// Speed of the events stage alone, in sentences per second on one core: the PolNeAR train texts are
// segmented (and run through every stage before `events`) first, then the events stage is timed over
// them, several times; the median run is reported.
// Usage: npx tsx bench/events.ts [articles=300] [runs=5]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { plainArticle } from '../src/ingest/plain.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { eventsStage } from '../src/stages/events/index.js';

const SHARED = resolve(import.meta.dirname, '..', '..', 'shared');
const dir = join(SHARED, 'data', 'polnear', 'train', 'text');
const count = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 5);

const before = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
const docs: AnalyzedArticle[] = readdirSync(dir)
  .sort()
  .slice(0, count)
  .map((f) => before.run(plainArticle(readFileSync(join(dir, f), 'utf8'), { format: 'text' })));
const sentences = docs.reduce((n, d) => n + (d.sentences?.length ?? 0), 0);
const ctx = { anchor: '2016-01-01', options: {} };

eventsStage.run(docs[0], ctx); // load the dictionaries outside the timing
const rates: number[] = [];
let events = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  events = 0;
  for (const doc of docs) events += eventsStage.run(doc, ctx).events.length;
  rates.push(sentences / ((performance.now() - t0) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
const layers = before.stages.map((s) => s.name).join(', ');
console.log(
  `events stage: ${docs.length} articles, ${sentences} sentences, ${events} events (layers before: ${layers}); ` +
    `median ${Math.round(median)} sentences/s over ${runs} runs (min ${Math.round(rates[0])}, max ${Math.round(rates.at(-1) ?? 0)}); ` +
    `heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
);
