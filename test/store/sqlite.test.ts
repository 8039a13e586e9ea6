import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { eventKey } from '../../src/store/event-pages.js';
import { pendingMigrations } from '../../src/store/migration.js';
import { ARTICLE_COLUMNS, articleRow, layerRows } from '../../src/store/rows.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { COUNT_CAP } from '../../src/store/store.js';
import { protestCopies, summit } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-'));
  dirs.push(dir);
  return join(dir, 'x.db');
}

describe('SqliteStore', () => {
  it('uses WAL and foreign keys, records its migrations, and stays intact', async () => {
    const file = tempDb();
    const store = new SqliteStore(file);
    await store.putAnalysis(summit);
    expect(store.integrityCheck()).toBe('ok');
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'event-order-index' },
      { version: 3, name: 'event-walk-indexes' },
      { version: 4, name: 'event-coactors' },
    ]);
    // Every layer has its rows, pointing at the article.
    for (const [table, n] of [
      ['mentions', 4],
      ['entities', 3],
      ['timexes', 1],
      ['attributions', 1],
      ['events', 1],
    ] as const) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(summit.id)).toBe(n);
    }
    expect(db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(1);
    db.close();
  });

  it('walks the event order for a text matching most articles, counting up to the cap', async () => {
    const store = new SqliteStore(tempDb());
    // every article matches: reading all their events would cost more than walking to the cap
    for (const doc of protestCopies(60, 20)) await store.putAnalysis(doc);
    const walked = await store.queryEvents({ q: 'resignation' });
    expect(walked).toMatchObject({ total: COUNT_CAP, totalIsLowerBound: true });
    expect(walked.items).toEqual((await store.queryEvents()).items);
    const tenth = walked.items[9];
    const key = eventKey(tenth);
    const after = await store.queryEvents({ q: 'resignation', after: key, limit: 5 });
    expect(after.items).toEqual(walked.items.slice(10, 15));
    const before = await store.queryEvents({ q: 'resignation', before: key, limit: 5 });
    expect(before.items).toEqual(walked.items.slice(4, 9));
    const fewer = await store.queryEvents({ q: 'resignation', to: '2024-05-01' });
    expect(fewer.total).toBe((await store.queryEvents({ to: '2024-05-01' })).total);
    expect(fewer.total).toBeLessThan(COUNT_CAP);
    expect(fewer.totalIsLowerBound).toBeUndefined();
    // far into the order, reading the matching articles' events is cheaper: counted exactly
    expect(await store.queryEvents({ q: 'resignation', offset: 1150 })).toMatchObject({ total: 1200 });
    await store.close();
  });

  it('upgrades a version 2 database with events: the order and paging by key hold for them', async () => {
    const file = tempDb();
    const db = new Database(file);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const m of SQLITE_MIGRATIONS.slice(0, 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01');
    }
    // rows as the version 2 store wrote them (the same row builders)
    const insert = (table: string, columns: readonly string[], row: unknown[]) =>
      db
        .prepare(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(...row);
    const docs = protestCopies(8, 2);
    for (const doc of docs) {
      insert('articles', ARTICLE_COLUMNS, articleRow(doc, '2026-01-01'));
      for (const { table, columns, rows } of layerRows(doc))
        for (const row of rows) insert(table, columns, row);
    }
    db.close();
    const store = new SqliteStore(file);
    const all = (await store.queryEvents()).items.map((e) => [e.date, e.articleId, e.index]);
    expect(all).toHaveLength(16);
    expect(all.slice(-4).every(([date]) => date === null)).toBe(true);
    const after = all[9];
    const rest = await store.queryEvents({
      after: { date: after[0] as string, articleId: after[1] as string, index: after[2] as number },
    });
    expect(rest.items.map((e) => [e.date, e.articleId, e.index])).toEqual(all.slice(10));
    await store.close();
  });

  it('refuses a database whose schema is newer than the code', async () => {
    const file = tempDb();
    await new SqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    expect(() => new SqliteStore(file)).toThrow(/schema version 99, newer/);
  });
});

describe('pendingMigrations', () => {
  it('returns the versions not yet applied, in order, and checks the numbering', () => {
    const list = [
      { version: 1, name: 'a', sql: '' },
      { version: 2, name: 'b', sql: '' },
    ];
    expect(pendingMigrations(list, [1]).map((m) => m.name)).toEqual(['b']);
    expect(pendingMigrations(list, []).map((m) => m.name)).toEqual(['a', 'b']);
    expect(() => pendingMigrations([{ version: 2, name: 'x', sql: '' }], [])).toThrow(/expected 1/);
    expect(SQLITE_MIGRATIONS.length).toBeGreaterThan(0);
  });
});
