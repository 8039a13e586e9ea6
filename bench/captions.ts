// What the captions stage adds to an article's analysis: the whole pipeline runs over the seed article
// (one 36-word caption) RUNS times after a warm-up, and each stage's share of the time is printed with
// the words of the body and of the captions, so the stage's cost per caption word can be set beside
// that of the body stages it repeats (segment, syntax, entities, link).
//   npx tsx bench/captions.ts [runs]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textArticle } from '../src/ingest/text/index.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';

const SEED = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seed', 'kim-china-ties.txt');
const runs = Number(process.argv[2] ?? 40);
const REPEATED = new Set(['segment', 'syntax', 'entities', 'link']);

const article = textArticle(readFileSync(SEED, 'utf8'), { format: 'text' }, 'seed');
const wordsOf = (text: string) => text.match(/\S+/g)?.length ?? 0;
const bodyWords = wordsOf(article.text);
const captionWords = article.captions.reduce((n, c) => n + wordsOf(c.text), 0);

const pipeline = buildPipeline(DEFAULT_STAGES);
for (let i = 0; i < 5; i++) pipeline.run(article);
for (const t of pipeline.timings.values()) Object.assign(t, { ms: 0, docs: 0 });
for (let i = 0; i < runs; i++) pipeline.run(article);

let total = 0;
let repeated = 0;
for (const [name, t] of pipeline.timings) {
  total += t.ms;
  if (REPEATED.has(name)) repeated += t.ms;
}
console.log(`seed: ${bodyWords} body words, ${captionWords} caption words; ${runs} runs`);
for (const [name, t] of pipeline.timings)
  console.log(
    `${name.padEnd(12)} ${(t.ms / runs).toFixed(2).padStart(7)} ms  ${((100 * t.ms) / total).toFixed(1)}%`,
  );
const captions = pipeline.timings.get('captions')?.ms ?? 0;
console.log(
  `per word: captions ${((1000 * captions) / runs / captionWords).toFixed(1)} µs (caption words), ` +
    `segment to link ${((1000 * repeated) / runs / bodyWords).toFixed(1)} µs (body words)`,
);
