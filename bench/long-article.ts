// Whether the pipeline stays linear in an article's length: one article made of the first paragraphs of
// the PolNeAR train texts joined into one paragraph, cut at growing sizes, is analysed once per size
// (after a warm-up), and the time per word of each stage is printed; a stage whose µs/word grows with
// the size is superlinear.
//   npx tsx bench/long-article.ts [words…]   (default 20000 80000 320000)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainArticle } from '../src/ingest/plain.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';

const DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear', 'train', 'text');
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(20_000, 80_000, 320_000);

// every text, paragraphs joined with spaces, repeated until the largest size is reached
const texts = readdirSync(DIR)
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8').replace(/\s*\n\s*/g, ' '));
const words: string[] = [];
for (let i = 0; words.length < Math.max(...sizes); i++) words.push(...texts[i % texts.length].split(' '));

const pipeline = buildPipeline(DEFAULT_STAGES);
const analyse = (n: number) => {
  const article = {
    ...plainArticle(words.slice(0, n).join(' '), { format: 'text' }),
    published: { value: '2016-11-01', how: 'given' as const },
  };
  for (const t of pipeline.timings.values()) Object.assign(t, { ms: 0, docs: 0 });
  pipeline.run(article);
  return new Map([...pipeline.timings].map(([name, t]) => [name, t.ms]));
};
analyse(2000);
const results = sizes.map((n) => ({ n, ms: analyse(n) }));
console.log(
  `stage        ${results.map(({ n }) => `${n.toLocaleString('en-US')} words`.padStart(16)).join('')}   (µs per word)`,
);
for (const name of pipeline.timings.keys())
  console.log(
    `${name.padEnd(12)} ${results.map(({ n, ms }) => ((1000 * (ms.get(name) ?? 0)) / n).toFixed(1).padStart(16)).join('')}`,
  );
console.log(
  `total        ${results.map(({ ms }) => `${([...ms.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`.padStart(16)).join('')}`,
);
