// `dateline events` refuses the filters the API refuses (named, exit 1) instead of answering nothing or everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { summit } from '../../store/fixtures.js';
import { runCli } from '../../support/cli.js';

describe('dateline events filters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-events-'));
  const db = join(dir, 'events.db');
  beforeAll(async () => {
    const store = await openStore(db);
    await store.putAnalysis(summit);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['--from', 'yesterday'], 'not a date: "yesterday"'],
    [['--to', '2024-3-5'], 'not a date: "2024-3-5"'],
    [['--limit', 'ten'], 'not a whole number ≥ 0: "ten"'],
    [['--limit', '-1'], 'not a whole number ≥ 0: "-1"'],
    [['--type', 'MEETING'], 'not a PLOVER event type: "MEETING"'],
    [['--actor', 'PRK GOV'], 'not an actor code: "PRK GOV" (expected a CAMEO actor code'],
    [['--involving', 'north-korea'], 'not an actor code: "north-korea"'],
    [['--cameo', '04x'], 'not a CAMEO event code: "04x"'],
    [['--format', 'xml'], "argument 'xml' is invalid. Allowed choices are table, json, csv, gdelt, plover"],
  ])('%j is refused, naming the value', (args, message) => {
    const r = runCli(['events', '--db', db, ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it('a type in any case, a year or a month as a date and a limit still select events', () => {
    const r = runCli([
      'events',
      '--db',
      db,
      '--type',
      'consult',
      '--from',
      '2024',
      '--to',
      '2024-03',
      '--limit',
      '1',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).event.type).toBe('CONSULT');
  });
});
