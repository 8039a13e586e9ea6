// API latency under load and web UI render time.
// 1. Builds (once) a store of 10,000 articles: the PolNeAR texts (train + dev) are analyzed, and each
//    analysis is stored under several ids and publication dates spread over two years, so the store
//    holds the volume of 10,000 analyzed news articles.
// 2. Serves it with `dateline serve` (built: run `npm run build` first) and loads the event queries
//    from a second process (bench/api-load.ts: concurrent clients), printing p50/p95/p99 latency per
//    query and over all requests, and the server's CPU time per request (its own work, which the
//    latencies exceed by the time spent waiting for a core on a busy machine).
// 3. Times the article view and the events page in Chromium on the demo database (median of runs).
// Usage: npx tsx bench/api.ts [--articles 10000] [--db FILE] [--requests 2000] [--concurrency 8] [--runs 5]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentHash } from '../src/ingest/hash.js';
import { plainArticle } from '../src/ingest/plain.js';
import { mapOrdered } from '../src/pipeline/ordered.js';
import { createAnalyzer } from '../src/pipeline/pool.js';
import { PACKAGE_ROOT } from '../src/resources.js';
import { openStore } from '../src/store/open.js';
import { chromiumPresent, launchChromium } from '../test/support/browser.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    db: { type: 'string', default: '/tmp/dateline-bench-api.db' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    runs: { type: 'string', default: '5' },
  },
});
const BIN = resolve(PACKAGE_ROOT, 'bin', 'dateline.js');
const POLNEAR = resolve(PACKAGE_ROOT, '..', 'shared', 'data', 'polnear');

async function buildStore(db: string, total: number): Promise<void> {
  const files = ['train', 'dev'].flatMap((split) =>
    readdirSync(join(POLNEAR, split, 'text')).map((f) => join(POLNEAR, split, 'text', f)),
  );
  const store = await openStore(db);
  const analyzer = createAnalyzer({ workers: 2 });
  const copies = Math.ceil(total / files.length);
  let stored = 0;
  const articles = files.map((f) => plainArticle(readFileSync(f, 'utf8'), { path: f, format: 'text' }));
  for await (const doc of mapOrdered(articles, (a) => analyzer.analyze(a), 8)) {
    for (let copy = 0; copy < copies && stored < total; copy++, stored++) {
      const day = new Date(Date.UTC(2022, 0, 1) + ((stored * 7919) % 730) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await store.putAnalysis({
        ...doc,
        id: contentHash(`${doc.id}#${copy}`),
        published: { value: day, how: 'given' },
        events: doc.events?.map((e) => (e.time?.inferred ? { ...e, time: { ...e.time, value: day } } : e)),
      });
    }
  }
  await analyzer.close();
  console.log(`built ${db}: ${(await store.stats()).articles} articles`);
  await store.close();
}

async function startServer(db: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready) => server.stdout?.once('data', () => ready()));
  return server;
}

async function renderTimes(runs: number): Promise<void> {
  if (!chromiumPresent()) return console.log('render times: skipped (no /usr/bin/chromium)');
  const demo = resolve(PACKAGE_ROOT, 'demo.db');
  if (!existsSync(demo)) spawnSync('npx', ['tsx', 'tools/demo.ts'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
  const server = await startServer(demo, 4399);
  const base = 'http://127.0.0.1:4399';
  const { items } = (await (await fetch(`${base}/api/articles?limit=50`)).json()) as {
    items: { id: string }[];
  };
  const browser = await launchChromium();
  const times: Record<string, { page: number[]; harness: number[] }> = {
    'article view': { page: [], harness: [] },
    'events page': { page: [], harness: [] },
  };
  for (let run = 0; run < runs; run++) {
    for (const [name, path, testId] of [
      ['article view', `#/article/${items[run % items.length].id}`, 'article-text'],
      ['events page', '#/events', 'events-table'],
    ] as const) {
      const page = await browser.newPage();
      await page.addInitScript(recordRendered(testId));
      const t0 = performance.now();
      await page.goto(`${base}/${path}`);
      await page.getByTestId(testId).waitFor();
      const rendered = await page.waitForFunction(
        () => (window as { renderedAt?: number }).renderedAt,
        null,
        {
          timeout: 10_000,
        },
      );
      times[name].page.push(Number(await rendered.jsonValue()));
      times[name].harness.push(performance.now() - t0);
      await page.close();
    }
  }
  await browser.close();
  server.kill();
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1].toFixed(0);
  for (const [name, { page, harness }] of Object.entries(times)) {
    console.log(
      `${name.padEnd(13)} median ${median(page)} ms in the page (navigation start to the first frame showing it), ` +
        `${median(harness)} ms seen by the test driver (${runs} runs, demo.db)`,
    );
  }
}

/**
 * A script run in the page before its own: notes when the element with the test id is first in a
 * painted frame (the frame after it enters the DOM), in ms since navigation start. The driver's figure
 * adds the automation protocol's round trips, tens of ms each on a busy 2-core machine. (A string, not
 * a function: the name helpers tsx compiles functions with do not exist in the page.)
 */
const recordRendered = (testId: string) => `
  const seen = () => {
    if (window.renderedAt !== undefined || !document.querySelector('[data-testid="${testId}"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.renderedAt = performance.now(); });
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });`;

/** CPU seconds a process has used (user + system), from /proc; null where there is none. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    // fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: the unit of /proc times (100 on Linux whatever the kernel tick). */
const CLOCK_TICKS = 100;

const total = Number(values.articles);
if (!existsSync(values.db)) await buildStore(values.db, total);
const server = await startServer(values.db, 4398);
const cpuBefore = cpuSeconds(server.pid);
const load = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    resolve(PACKAGE_ROOT, 'bench', 'api-load.ts'),
    'http://127.0.0.1:4398',
    values.requests,
    values.concurrency,
  ],
  { stdio: 'inherit' },
);
const cpuAfter = cpuSeconds(server.pid);
server.kill();
if (load.status !== 0) process.exit(load.status ?? 1);
if (cpuBefore !== null && cpuAfter !== null) {
  // the server's own work, whatever else the machine runs (latencies above include waiting for a core)
  const ms = ((cpuAfter - cpuBefore) * 1000) / Number(values.requests);
  console.log(`server CPU ${ms.toFixed(2)} ms per request (user + system, from /proc)`);
}
await renderTimes(Number(values.runs));
