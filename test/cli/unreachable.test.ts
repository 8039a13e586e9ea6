// Servers that do not answer: a one-line error naming the server (password masked), exit 1, no hang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/cli.js';

// Nothing listens on port 9 (discard) on a test machine.
const NO_REDIS = 'redis://127.0.0.1:9';
const NO_PG = 'postgres://postgres:secret@127.0.0.1:9/test';

describe('unreachable servers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-unreachable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'talks.txt');
  writeFileSync(input, 'Talks resume\n\nThe talks resumed on Monday.\n');

  it('queue add, queue status and worker name the Redis server they cannot reach', () => {
    for (const args of [
      ['queue', 'add', input, '--redis', NO_REDIS],
      ['queue', 'status', '--redis', NO_REDIS],
      ['worker', '--redis', NO_REDIS, '--db', join(dir, 'never.db')],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^dateline: cannot reach Redis at redis:\/\/127\.0\.0\.1:9: .+\n$/);
    }
  });

  it('ingest and stats name the store they cannot open, without its password', () => {
    for (const args of [
      ['ingest', input, '--db', NO_PG],
      ['stats', '--db', NO_PG],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('cannot open the store postgres://postgres:***@127.0.0.1:9/test');
      expect(r.stderr).not.toContain('secret');
    }
  });

  it('queue add says a store it cannot open came from $DATELINE_DB', () => {
    const r = spawnSync(process.execPath, [BIN, 'queue', 'add', input, '--redis', NO_REDIS], {
      encoding: 'utf8',
      env: { ...process.env, DATELINE_DB: NO_PG },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '$DATELINE_DB: cannot open the store postgres://postgres:***@127.0.0.1:9/test',
    );
  });
});
