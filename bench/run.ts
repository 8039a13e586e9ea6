// End-to-end analysis speed over the PolNeAR train texts: articles/s, words/s, ms per stage and peak
// RSS, in one thread and on a pool of worker threads, without and with storing each analysis in a
// fresh SQLite file (what `dateline ingest` does). Each run is a fresh process; the table shows
// medians over --runs runs. Then the NER tagger's own speed on CoNLL-2003 dev (bench/ner-speed.ts),
// unless --no-ner.
// Usage: npm run bench -- [--runs 3] [--workers 1,2] [--no-store] [--no-ner] [--dir DIR] [--limit N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../src/ingest/index.js';
import { plainArticle } from '../src/ingest/plain.js';
import { mapOrdered } from '../src/pipeline/ordered.js';
import { createAnalyzer } from '../src/pipeline/pool.js';
import { PACKAGE_ROOT } from '../src/resources.js';
import { wordCount } from '../src/store/rows.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { formatNerSpeed, measureNerSpeed } from './ner-speed.js';

const DEFAULT_DIR = resolve(PACKAGE_ROOT, '..', 'shared', 'data', 'polnear', 'train', 'text');

interface RunResult {
  workers: number;
  store: boolean;
  articles: number;
  words: number;
  failed: number;
  startupMs: number;
  batchMs: number;
  /** Stage name → ms per article (summed over threads: CPU time, not wall time); `store` when storing. */
  stages: Record<string, number>;
  peakRssMb: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: '1,2' },
    dir: { type: 'string', default: DEFAULT_DIR },
    limit: { type: 'string' },
    child: { type: 'boolean', default: false },
    store: { type: 'boolean', default: false },
    'no-store': { type: 'boolean', default: false },
    'no-ner': { type: 'boolean', default: false },
  },
});

function inputFiles(dir: string, limit?: number): string[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
  return limit ? files.slice(0, limit) : files;
}

/** One measured run in this process. */
async function runOnce(workers: number, withStore: boolean, files: string[]): Promise<RunResult> {
  const dbDir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const store = withStore ? new SqliteStore(join(dbDir, 'bench.db')) : null;
  let storeMs = 0;
  const t0 = performance.now();
  const analyzer = createAnalyzer({ workers });
  // Every thread loads its models before the clock starts for the batch.
  await Promise.all(
    Array.from({ length: workers }, () =>
      analyzer.analyze(plainArticle('Warm up. Two sentences.', { format: 'text' })),
    ),
  );
  const warm = await analyzer.timings();
  const startupMs = performance.now() - t0;
  let articles = 0;
  let words = 0;
  let failed = 0;
  const t1 = performance.now();
  const analyses = mapOrdered(
    readInputs(files, { format: 'plain', maxBytes: 10 * 1024 * 1024 }),
    async (r) => (r.ok ? analyzer.analyze(r.article) : null),
    workers * 4,
  );
  for await (const doc of analyses) {
    if (!doc) {
      failed++;
      continue;
    }
    articles++;
    words += wordCount(doc.text);
    if (store) {
      const t = performance.now();
      await store.putAnalysis(doc);
      storeMs += performance.now() - t;
    }
  }
  const batchMs = performance.now() - t1;
  const stages: Record<string, number> = {};
  for (const [name, t] of await analyzer.timings()) {
    const before = warm.get(name) ?? { ms: 0, docs: 0 };
    stages[name] = (t.ms - before.ms) / Math.max(t.docs - before.docs, 1);
  }
  if (store) stages.store = storeMs / Math.max(articles, 1);
  await analyzer.close();
  await store?.close();
  rmSync(dbDir, { recursive: true, force: true });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { workers, store: withStore, articles, words, failed, startupMs, batchMs, stages, peakRssMb };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs this script again as a child (fresh process: own model loading, own peak RSS). */
function runChild(mode: Mode): RunResult {
  const script = fileURLToPath(import.meta.url);
  const args = [
    ...process.execArgv,
    script,
    '--child',
    '--workers',
    String(mode.workers),
    '--dir',
    values.dir,
  ];
  if (mode.store) args.push('--store');
  if (values.limit) args.push('--limit', values.limit);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench run failed (${label(mode)}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '');
}

interface Mode {
  workers: number;
  store: boolean;
}

function label(mode: Mode): string {
  const threads = mode.workers === 1 ? '1 thread (in process)' : `${mode.workers} worker threads`;
  return mode.store ? `${threads} + SQLite` : threads;
}

function printTable(byMode: Map<Mode, RunResult[]>, runs: number): void {
  const header = [
    'mode',
    'articles',
    'words',
    'startup ms',
    'batch s',
    'articles/s',
    'words/s',
    'peak RSS MB',
  ];
  const rows = [...byMode].map(([mode, results]) => {
    const m = (f: (r: RunResult) => number) => median(results.map(f));
    const secs = m((r) => r.batchMs) / 1000;
    return [
      label(mode),
      String(results[0].articles),
      String(results[0].words),
      m((r) => r.startupMs).toFixed(0),
      secs.toFixed(2),
      m((r) => r.articles / (r.batchMs / 1000)).toFixed(0),
      m((r) => r.words / (r.batchMs / 1000)).toFixed(0),
      m((r) => r.peakRssMb).toFixed(0),
    ];
  });
  const stageNames = [...new Set([...byMode.values()].flatMap((results) => Object.keys(results[0].stages)))];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `median of ${runs} runs (each a fresh process); batch = read + analyze (+ store), after startup\n`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('\nms per article per stage (CPU time summed over threads)');
  const modes = [...byMode.keys()];
  const heading = (m: Mode) => `${m.workers} thr${m.store ? '+db' : ''}`.padStart(10);
  console.log(['stage'.padEnd(14), ...modes.map(heading)].join(''));
  for (const stage of stageNames) {
    const cells = modes.map((m) => {
      const values = (byMode.get(m) ?? []).map((r) => r.stages[stage]);
      return (values[0] === undefined ? '—' : median(values).toFixed(3)).padStart(10);
    });
    console.log([stage.padEnd(14), ...cells].join(''));
  }
  const failed = Math.max(...[...byMode.values()].flat().map((r) => r.failed));
  if (failed) console.log(`\n${failed} inputs could not be read`);
}

async function main(): Promise<void> {
  const files = inputFiles(values.dir, values.limit ? Number(values.limit) : undefined);
  if (values.child) {
    console.log(JSON.stringify(await runOnce(Number(values.workers), values.store, files)));
    return;
  }
  const runs = Number(values.runs);
  const threads = values.workers.split(',').map(Number);
  const stores = values['no-store'] ? [false] : [false, true];
  const modes: Mode[] = stores.flatMap((store) => threads.map((workers) => ({ workers, store })));
  console.log(`bench: ${files.length} texts from ${values.dir}`);
  const byMode = new Map<Mode, RunResult[]>(modes.map((m) => [m, []]));
  // Interleave modes so drift in machine load hits them alike.
  for (let run = 0; run < runs; run++) {
    for (const mode of modes) byMode.get(mode)?.push(runChild(mode));
  }
  printTable(byMode, runs);
  if (!values['no-ner']) console.log(`\n${formatNerSpeed(measureNerSpeed({ runs }))}`);
}

await main();
