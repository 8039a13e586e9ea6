// Scale-out with real servers: `dateline worker` processes take a queued batch off Redis (BullMQ)
// and store it in PostgreSQL — every article exactly once, even when a worker dies mid-batch.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterEach, expect, it } from 'vitest';
import { redisConnection } from '../../src/queue/connection.js';
import { openStore } from '../../src/store/open.js';
import { writeArticles } from '../support/articles.js';
import { BIN, runCli } from '../support/cli.js';
import { describeWith, dropPgSchema, freshPgUrl, REDIS_URL } from '../support/services.js';

const describeRedis = await describeWith('redis');
const describePg = await describeWith('postgres');

interface Running {
  child: ChildProcess;
  stdout: string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** A fresh queue, PostgreSQL schema and input directory; removed with everything started after each test. */
interface Scenario {
  dir: string;
  queueName: string;
  db: string;
  schema: string;
  workers: Running[];
}
const scenarios: Scenario[] = [];

function scenario(): Scenario {
  const { url, schema } = freshPgUrl();
  const s = {
    dir: mkdtempSync(join(tmpdir(), 'dateline-queue-')),
    queueName: `dateline-test-${randomBytes(4).toString('hex')}`,
    db: url,
    schema,
    workers: [],
  };
  scenarios.push(s);
  return s;
}

afterEach(async () => {
  for (const s of scenarios.splice(0)) {
    for (const w of s.workers) w.child.kill('SIGKILL');
    const queue = new Queue(s.queueName, { connection: redisConnection(REDIS_URL) });
    await queue.obliterate({ force: true });
    await queue.close();
    await dropPgSchema(s.schema);
    rmSync(s.dir, { recursive: true, force: true });
  }
});

function startWorker(s: Scenario, ...extra: string[]): Running {
  const args = [BIN, 'worker', '--redis', REDIS_URL, '--queue', s.queueName, '--db', s.db, '--workers', '1'];
  const child = spawn(process.execPath, [...args, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const running = { child, stdout: '' } as Running;
  running.ready = new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      running.stdout += chunk.toString();
      if (running.stdout.includes('worker: waiting')) resolve();
    });
    child.on('exit', () => reject(new Error(`worker exited before it was ready:\n${running.stdout}`)));
  });
  running.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  s.workers.push(running);
  return running;
}

/** Queues the inputs; returns how many were added and how many were already on the queue. */
function enqueue(s: Scenario, inputs: string[]): { queued: number; already: number } {
  const add = runCli(['queue', 'add', ...inputs, '--redis', REDIS_URL, '--queue', s.queueName]);
  expect(add.status, add.stderr).toBe(0);
  const counts = /: (\d+) queued, (\d+) already queued, 0 failed/.exec(add.stdout);
  expect(counts, add.stdout).not.toBeNull();
  const [queued, already] = [Number(counts?.[1]), Number(counts?.[2])];
  expect(queued + already).toBe(inputs.length);
  return { queued, already };
}

const idsOf = (paths: string[]) =>
  paths.map((p) => `sha256:${createHash('sha256').update(readFileSync(p)).digest('hex')}`).sort();

/** Waits until the queue has nothing left to do and the store holds `count` articles; returns their ids. */
async function drained(s: Scenario, count: number): Promise<string[]> {
  const store = await openStore(s.db);
  const queue = new Queue(s.queueName, { connection: redisConnection(REDIS_URL) });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(c).every((n) => n === 0) && (await store.stats()).articles === count) break;
      if (Date.now() > deadline) throw new Error(`queue not drained: ${JSON.stringify(c)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
    return (await store.listArticles({ limit: 1000 })).items.map((a) => a.id).sort();
  } finally {
    await queue.close();
    await store.close();
  }
}

const newIds = (w: Running) => [...w.stdout.matchAll(/^new (\S+)/gm)].map((m) => m[1]);

describeRedis('dateline queue add + dateline worker', () => {
  it('queue add reports the articles already waiting apart from those it added', async () => {
    const s = scenario();
    const inputs = writeArticles(s.dir, 6, 3);
    expect(enqueue(s, inputs.slice(0, 4))).toEqual({ queued: 4, already: 0 });
    // the same file twice in one run counts once
    expect(enqueue(s, [...inputs, inputs[5]])).toEqual({ queued: 2, already: 5 });
    const queue = new Queue(s.queueName, { connection: redisConnection(REDIS_URL) });
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 6 });
    await queue.close();
  });

  it('queue add --db leaves out the articles the store already holds, saying so', () => {
    const s = scenario();
    const inputs = writeArticles(s.dir, 4, 3);
    const db = join(s.dir, 'stored.db');
    expect(runCli(['ingest', ...inputs.slice(0, 2), '--db', db, '--workers', '1']).status).toBe(0);
    const add = (target: string) =>
      runCli(['queue', 'add', ...inputs, '--redis', REDIS_URL, '--queue', s.queueName, '--db', target]);
    const first = add(db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(': 2 queued, 0 already queued, 2 already stored, 0 failed');
    expect(add(db).stdout).toContain(': 0 queued, 2 already queued, 2 already stored, 0 failed');
    const missing = add(join(s.dir, 'none.db'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`cannot open the store ${join(s.dir, 'none.db')}: no such file`);
  });

  describePg('into PostgreSQL', () => {
    it('two workers share a batch queued twice, each article stored exactly once', async () => {
      const s = scenario();
      const inputs = writeArticles(s.dir, 60, 30);
      const workers = [startWorker(s), startWorker(s)];
      await Promise.all(workers.map((w) => w.ready));
      expect(enqueue(s, inputs).queued).toBe(inputs.length);
      // The same batch again (e.g. a client retrying): nothing may be stored twice.
      enqueue(s, inputs);

      expect(await drained(s, inputs.length)).toEqual(idsOf(inputs));
      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
      // Both workers took part, and between them each article was new exactly once.
      for (const w of workers) expect(newIds(w).length).toBeGreaterThan(0);
      expect(workers.flatMap(newIds).sort()).toEqual(idsOf(inputs));
      for (const w of workers) expect(w.stdout).toMatch(/worker: stopped — \d+ new/);
    });

    it('loses nothing when a worker is killed mid-batch: another takes over its jobs', async () => {
      const s = scenario();
      const inputs = writeArticles(s.dir, 100, 30);
      const doomed = startWorker(s, '--lock-ms', '1000');
      await doomed.ready;
      const killed = new Promise<void>((resolve) => {
        doomed.child.stdout?.on('data', () => {
          if (/^new /m.test(doomed.stdout)) {
            doomed.child.kill('SIGKILL');
            resolve();
          }
        });
      });
      enqueue(s, inputs);
      await killed;
      await doomed.exited;
      const survivor = startWorker(s, '--lock-ms', '1000');
      await survivor.ready;

      expect(await drained(s, inputs.length)).toEqual(idsOf(inputs));
      expect(newIds(survivor).length).toBeGreaterThan(0);
      expect(newIds(doomed).length).toBeLessThan(inputs.length);
    });
  });
});
