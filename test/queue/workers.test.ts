// Scale-out with real servers: two `dateline worker` processes take a queued batch off Redis
// (BullMQ) and store it in PostgreSQL — every article exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, expect, it } from 'vitest';
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

function startWorker(queue: string, db: string): Running {
  const child = spawn(
    process.execPath,
    [BIN, 'worker', '--redis', REDIS_URL, '--queue', queue, '--db', db, '--workers', '1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const running = { child, stdout: '' } as Running;
  running.ready = new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      running.stdout += chunk.toString();
      if (running.stdout.includes('worker: waiting')) resolve();
    });
    child.on('exit', () => reject(new Error(`worker exited before it was ready:\n${running.stdout}`)));
  });
  running.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return running;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describeRedis('dateline queue add + dateline worker', () => {
  describePg('two workers into PostgreSQL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
    const queueName = `dateline-test-${randomBytes(4).toString('hex')}`;
    const { url: db, schema } = freshPgUrl();
    const workers: Running[] = [];

    afterAll(async () => {
      for (const w of workers) w.child.kill('SIGKILL');
      const queue = new Queue(queueName, { connection: redisConnection(REDIS_URL) });
      await queue.obliterate({ force: true });
      await queue.close();
      await dropPgSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it('processes a batch queued twice, each article stored exactly once, work shared', async () => {
      const inputs = writeArticles(dir, 60, 30);
      const expected = inputs.map(
        (p) => `sha256:${createHash('sha256').update(readFileSync(p)).digest('hex')}`,
      );
      workers.push(startWorker(queueName, db), startWorker(queueName, db));
      await Promise.all(workers.map((w) => w.ready));

      const add = runCli(['queue', 'add', ...inputs, '--redis', REDIS_URL, '--queue', queueName]);
      expect(add.status, add.stderr).toBe(0);
      expect(add.stdout).toContain('60 queued, 0 failed');
      // The same batch again (e.g. a client retrying): nothing may be stored twice.
      expect(runCli(['queue', 'add', ...inputs, '--redis', REDIS_URL, '--queue', queueName]).status).toBe(0);

      const store = await openStore(db);
      const queue = new Queue(queueName, { connection: redisConnection(REDIS_URL) });
      try {
        await until(async () => {
          const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          const idle = Object.values(c).every((n) => n === 0);
          return idle && (await store.stats()).articles === 60;
        }, 60_000);
        const stored = (await store.listArticles({ limit: 1000 })).items.map((a) => a.id).sort();
        expect(stored).toEqual([...expected].sort());
        expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
      } finally {
        await queue.close();
        await store.close();
      }

      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
      const newIds = workers.map((w) => [...w.stdout.matchAll(/^new (\S+)/gm)].map((m) => m[1]));
      // Both workers took part, and between them each article was new exactly once.
      for (const ids of newIds) expect(ids.length).toBeGreaterThan(0);
      expect(newIds.flat().sort()).toEqual([...expected].sort());
      for (const w of workers) expect(w.stdout).toMatch(/worker: stopped — \d+ new/);
    });
  });
});
