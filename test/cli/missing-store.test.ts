// Commands that only read a store refuse a SQLite file that does not exist instead of creating an empty one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('a mistyped --db', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-missing-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'typo.db');

  it('stats, events and serve name the missing file, exit 1 and create nothing', () => {
    for (const args of [
      ['stats', '--db', db],
      ['events', '--db', db],
      ['serve', '--db', db, '--port', '0'],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `dateline: cannot open the store ${db}: no such file (\`dateline ingest … --db ${db}\` creates it)\n`,
      );
      expect(existsSync(db)).toBe(false);
    }
  });
});
