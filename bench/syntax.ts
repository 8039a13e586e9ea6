// Speed of the syntax stage: POS tagging + chunking over CoNLL-2003 dev (51k tokens), and the
// model load time. Prints the median of several runs. Throughput is tokens per second of CPU time
// (user + system) of this single-threaded process — tokens/s per core, whatever else the machine
// runs — and, for reference, per second of wall-clock time.
//
//   nice -n 10 npx tsx bench/syntax.ts [--runs N] [--file PATH]
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resourcePath } from '../src/resources.js';
import { readConll } from '../src/stages/syntax/conll.js';
import { CHUNK_MODEL_FILE, loadSyntaxTagger, POS_MODEL_FILE } from '../src/stages/syntax/models.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    file: { type: 'string', default: '/work/shared/data/conll2003/dev.txt' },
  },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const loads: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  loadSyntaxTagger();
  loads.push(performance.now() - t0);
}
const tagger = loadSyntaxTagger();
const sentences = readConll(values.file).map((s) => s.words);
const tokens = sentences.reduce((n, s) => n + s.length, 0);

for (const s of sentences) tagger.tag(s); // warm-up pass: let the JIT compile the hot paths
const rates: number[] = [];
const wallRates: number[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const s of sentences) tagger.tag(s);
  const cpu = process.cpuUsage(cpu0);
  rates.push(tokens / ((cpu.user + cpu.system) / 1e6));
  wallRates.push(tokens / ((performance.now() - t0) / 1000));
}
const size = (file: string) => statSync(resourcePath('models', file)).size;
console.log(
  JSON.stringify(
    {
      tokens,
      runs: rates.length,
      tokensPerCpuSecond: Math.round(median(rates)),
      allRuns: rates.map(Math.round),
      tokensPerWallSecond: Math.round(median(wallRates)),
      modelLoadMs: Number(median(loads).toFixed(1)),
      modelBytes: { [POS_MODEL_FILE]: size(POS_MODEL_FILE), [CHUNK_MODEL_FILE]: size(CHUNK_MODEL_FILE) },
      posFeatures: tagger.posModel.featureCount,
      chunkFeatures: tagger.chunkModel.featureCount,
    },
    null,
    2,
  ),
);
