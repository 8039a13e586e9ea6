// NER tagging speed on one core: tokens per second of CPU time for tagging CoNLL-2003 dev (51k
// tokens, 216 documents) with the committed model; the median of several runs. Two figures:
//   cold  the tagger's word and word-pair caches are emptied before each run (a fresh process)
//   warm  the caches were filled by tagging other news first (CoNLL train), as in a process that
//         has already tagged some articles; dev's own words are never pre-cached
// `measureNerSpeed` is what the main benchmark (bench/run.ts) calls.
// Usage: npx tsx bench/ner-speed.ts [--runs 5] [--file /work/shared/data/conll2003/dev.txt]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/eval/conll.js';
import { tagConll } from '../src/eval/tag-conll.js';
import { resourcePath } from '../src/resources.js';
import { gazetteer } from '../src/stages/entities/gazetteer.js';
import { nerModel } from '../src/stages/entities/model.js';
import { clearTaggerCaches } from '../src/stages/entities/tagger.js';
import { wordClasses } from '../src/stages/entities/word-classes.js';

export const DEV_FILE = resourcePath('..', 'shared', 'data', 'conll2003', 'dev.txt');
export const WARM_FILE = resourcePath('..', 'shared', 'data', 'conll2003', 'train.txt');

export interface NerSpeed {
  tokens: number;
  /** median tokens per second of CPU time (user + system), cold cache */
  tokensPerCpuSecond: number;
  /** median tokens per second of wall-clock time, cold cache */
  tokensPerSecond: number;
  /** median tokens per second of CPU time with caches warmed on other text */
  warmTokensPerCpuSecond: number;
  /** load time of the model, gazetteer and word classes (ms, wall), and the heap and RSS they add (MB) */
  loadMs: number;
  modelHeapMB: number;
  modelRssMB: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureNerSpeed(options: { file?: string; runs?: number } = {}): NerSpeed {
  const runs = options.runs ?? 5;
  const { documents } = parseConll(readFileSync(options.file ?? DEV_FILE, 'utf8'));
  const tokens = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  global.gc?.();
  const before = process.memoryUsage();
  const loadStart = performance.now();
  nerModel();
  gazetteer();
  wordClasses();
  const loadMs = performance.now() - loadStart;
  global.gc?.();
  const after = process.memoryUsage();
  const modelHeapMB = (after.heapUsed - before.heapUsed) / 1e6;
  const modelRssMB = (after.rss - before.rss) / 1e6;
  tagConll(documents.slice(0, 5)); // load the gazetteer and word classes, compile the code
  const run = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    tagConll(documents);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    return { cpu: tokens / ((c.user + c.system) / 1e6), wall: tokens / ((t1 - t0) / 1000) };
  };
  const cold: Array<{ cpu: number; wall: number }> = [];
  const warm: number[] = [];
  const other = parseConll(readFileSync(WARM_FILE, 'utf8')).documents;
  for (let r = 0; r < runs; r++) {
    clearTaggerCaches();
    cold.push(run());
    clearTaggerCaches();
    tagConll(other);
    warm.push(run().cpu);
  }
  return {
    tokens,
    tokensPerCpuSecond: median(cold.map((r) => r.cpu)),
    tokensPerSecond: median(cold.map((r) => r.wall)),
    warmTokensPerCpuSecond: median(warm),
    loadMs,
    modelHeapMB,
    modelRssMB,
    runs,
  };
}

/** The figures as one line (this script's output; the main benchmark prints it too). */
export function formatNerSpeed(speed: NerSpeed): string {
  return `NER tagging: ${speed.tokens} tokens; median of ${speed.runs} runs: cold ${Math.round(speed.tokensPerCpuSecond)} tokens/s (CPU time; wall ${Math.round(speed.tokensPerSecond)}), warm ${Math.round(speed.warmTokensPerCpuSecond)} tokens/s (CPU time); model + gazetteer + word classes: load ${speed.loadMs.toFixed(0)} ms, heap +${speed.modelHeapMB.toFixed(0)} MB, RSS +${speed.modelRssMB.toFixed(0)} MB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, file: { type: 'string' } },
  });
  console.log(formatNerSpeed(measureNerSpeed({ runs: Number(values.runs), file: values.file })));
}
