import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run demo (tools/demo.ts)', () => {
  it('ingests an examples directory into a fresh database and prints each stored article', () => {
    const examples = join(dir, 'examples');
    mkdirSync(join(examples, 'text'), { recursive: true });
    writeFileSync(
      join(examples, 'text', 'one.txt'),
      'Harbour reopens in Accra\n\nThe harbour reopened on Monday.\n',
    );
    writeFileSync(
      join(examples, 'text', 'two.txt'),
      'Ministers meet in Oslo\n\nThe ministers met on Tuesday.\n',
    );
    const db = join(dir, 'demo.db');
    writeFileSync(db, 'not a database: the demo starts afresh');
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'tools/demo.ts', '--examples', examples, '--db', db], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 articles stored');
    expect(r.stdout).toContain('Harbour reopens in Accra');
    expect(r.stdout).toContain('Ministers meet in Oslo');
    expect(r.stdout).toMatch(/\d+ sentences, \d+ tokens/);
    // Run again: still two, since the database is made afresh.
    expect(run().stdout).toContain('2 articles stored');
  });
});
