// Ingest speed: articles/s, MB/s and peak RSS of readInputs over the HTML test pages and the PolNeAR
// train texts (read as news text), median of several runs.
//   nice -n 10 npx tsx bench/ingest.ts [runs]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/index.js';
import { DEFAULT_MAX_BYTES, type InputFormat } from '../src/ingest/types.js';
import { sharedPath } from '../test/support/shared.js';

const runs = Number(process.argv[2] ?? 5);
const pagesDir = sharedPath('data', 'html', 'readability-test-pages');
const textDir = sharedPath('data', 'polnear', 'train', 'text');
const sets: { name: string; format: InputFormat; files: string[] }[] = [
  {
    name: 'html (readability pages)',
    format: 'auto',
    files: readdirSync(pagesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(pagesDir, d.name, 'source.html')),
  },
  { name: 'text (polnear train)', format: 'auto', files: readdirSync(textDir).map((f) => join(textDir, f)) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

console.log(`set                         articles   MB     median ms   articles/s   MB/s   ms/article`);
for (const set of sets) {
  const bytes = set.files.reduce((n, f) => n + statSync(f).size, 0);
  const times: number[] = [];
  let articles = 0;
  for (let run = 0; run < runs; run++) {
    articles = 0;
    const start = performance.now();
    for await (const r of readInputs(set.files, { format: set.format, maxBytes: DEFAULT_MAX_BYTES }))
      if (r.ok) articles++;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const mb = bytes / 1024 ** 2;
  console.log(
    `${set.name.padEnd(27)} ${String(articles).padStart(8)} ${mb.toFixed(1).padStart(5)} ${ms.toFixed(0).padStart(12)} ${((1000 * articles) / ms).toFixed(0).padStart(12)} ${((1000 * mb) / ms).toFixed(1).padStart(6)} ${(ms / articles).toFixed(2).padStart(12)}`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (runs: ${runs})`);
