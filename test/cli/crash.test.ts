// Crash safety: SIGKILL in the middle of `dateline ingest`, run it again, and every article is
// stored exactly once in a sound database.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticles } from '../support/articles.js';
import { BIN, runCli } from '../support/cli.js';

const COUNT = 400;
const dir = mkdtempSync(join(tmpdir(), 'dateline-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts an ingest and kills it (SIGKILL) as soon as it reports its first progress line. */
function ingestKilledMidway(inputs: string[], db: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', ...inputs, '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (/^ingest: \d+\//m.test(chunk.toString())) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('ingest crash safety', () => {
  it('stores every article exactly once after a kill -9 and a second run', async () => {
    const inputs = writeArticles(dir, COUNT);
    const expectedIds = inputs.map(
      (p) => `sha256:${createHash('sha256').update(readFileSync(p)).digest('hex')}`,
    );
    const db = join(dir, 'crash.db');

    expect(await ingestKilledMidway(inputs, db)).toBe('SIGKILL');
    const partial = new Database(db, { readonly: true });
    const storedBefore = partial.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    partial.close();
    // Killed midway: some stored, not all (otherwise this test would prove nothing).
    expect(storedBefore).toBeGreaterThan(0);
    expect(storedBefore).toBeLessThan(COUNT);

    const again = runCli(['ingest', ...inputs, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${COUNT - storedBefore} new, ${storedBefore} unchanged, 0 failed`);

    const check = new Database(db, { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.pragma('foreign_key_check')).toEqual([]);
      const ids = check.prepare('SELECT id FROM articles ORDER BY id').pluck().all();
      expect(ids).toEqual([...expectedIds].sort());
      // The full-text index holds each article once: its unique word finds exactly it.
      expect(check.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(COUNT);
      const find = check.prepare(
        'SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?',
      );
      for (const n of [0, Math.floor(storedBefore / 2), storedBefore, COUNT - 1]) {
        expect(find.pluck().all(`serial${n}`)).toEqual([expectedIds[n]]);
      }
    } finally {
      check.close();
    }
  });
});
