// `dateline ingest` and `dateline stats` through the built CLI, on SQLite and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { writeArticles } from '../support/articles.js';
import { runCli } from '../support/cli.js';
import { describeWith, dropPgSchema, freshPgUrl } from '../support/services.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

let dir: string;
let good: string[];
let bad: Record<string, string>;
let jsonl: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  good = writeArticles(dir, 3);
  jsonl = join(dir, 'batch.jsonl');
  writeFileSync(
    jsonl,
    [
      JSON.stringify({
        title: 'Ministers meet',
        text: 'The ministers met in Oslo on Tuesday to talk about fishing.',
      }),
      '{"title": "broken", "text": ',
      JSON.stringify({
        title: 'Port reopens',
        text: 'The port of Accra reopened on Friday after the storm.',
      }),
    ].join('\n'),
  );
  bad = {
    png: join(dir, 'photo.png'),
    empty: join(dir, 'empty.txt'),
    utf8: join(dir, 'broken-utf8.txt'),
    missing: join(dir, 'missing.txt'),
  };
  writeFileSync(bad.png, PNG);
  writeFileSync(bad.empty, '');
  // Well-formed UTF-8 ("é") next to bytes that can never occur in UTF-8.
  writeFileSync(
    bad.utf8,
    Buffer.concat([
      Buffer.from('Café talks\n\nThe café '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' closed.\n'),
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = (stdout: string) => {
  const m = /(\d+) new, (\d+) unchanged, (\d+) failed/.exec(stdout);
  return m ? { new: Number(m[1]), unchanged: Number(m[2]), failed: Number(m[3]) } : null;
};

const backends = [
  {
    name: 'sqlite',
    describe,
    target: () => ({ db: join(dir, `store-${Math.random()}.db`), cleanup: async () => {} }),
  },
  {
    name: 'postgres',
    describe: await describeWith('postgres'),
    target: () => {
      const { url, schema } = freshPgUrl();
      return { db: url, cleanup: () => dropPgSchema(schema) };
    },
  },
];

for (const backend of backends) {
  backend.describe(`dateline ingest on ${backend.name}`, () => {
    let db: string;
    let cleanup: () => Promise<void>;
    beforeAll(() => {
      ({ db, cleanup } = backend.target());
    });
    afterAll(() => cleanup());

    it('stores the good articles, names every bad input, and exits 2', async () => {
      const r = runCli(['ingest', ...good, bad.png, jsonl, bad.empty, bad.utf8, bad.missing, '--db', db]);
      expect(r.status).toBe(2);
      expect(counts(r.stdout)).toEqual({ new: 5, unchanged: 0, failed: 5 });
      for (const input of [...Object.values(bad), jsonl]) expect(r.stderr).toContain(input);
      for (const input of good) expect(r.stderr).not.toContain(input);
      const store = await openStore(db);
      try {
        const titles = (await store.listArticles()).items.map((a) => a.title).sort();
        expect(titles).toEqual([
          'Ministers meet',
          'Port reopens',
          'Round 0 of talks in Geneva',
          'Round 1 of talks in Nairobi',
          'Round 2 of talks in Lima',
        ]);
      } finally {
        await store.close();
      }
    });

    it('leaves stored articles unchanged when they come again, and exits 0 when nothing fails', () => {
      const again = runCli(['ingest', ...good, jsonl, '--db', db, '--workers', '1']);
      expect(again.status).toBe(2);
      expect(counts(again.stdout)).toEqual({ new: 0, unchanged: 5, failed: 1 });
      const clean = runCli(['ingest', good[0], '--db', db]);
      expect(clean.status).toBe(0);
      expect(counts(clean.stdout)).toEqual({ new: 0, unchanged: 1, failed: 0 });
      expect(clean.stderr).not.toMatch(/dateline:/);
    });

    it('prints counts per layer, the date range and publishers with stats', () => {
      const r = runCli(['stats', '--db', db]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^articles\s+5 \(/m);
      expect(r.stdout).toMatch(/^sentences\s+\d+/m);
      expect(r.stdout).toMatch(/^events\s+\d+/m);
      expect(JSON.parse(runCli(['stats', '--db', db, '--json']).stdout).articles).toBe(5);
    });
  });
}

describe('dateline ingest --workers', () => {
  it('stores the same analyses with one thread as with two', async () => {
    const one = join(dir, 'one.db');
    const two = join(dir, 'two.db');
    expect(runCli(['ingest', ...good, '--db', one, '--workers', '1']).status).toBe(0);
    expect(runCli(['ingest', ...good, '--db', two, '--workers', '2']).status).toBe(0);
    const [a, b] = await Promise.all([openStore(one), openStore(two)]);
    try {
      const ids = (await a.listArticles()).items.map((x) => x.id);
      expect(ids).toHaveLength(3);
      for (const id of ids) expect(await b.getArticle(id)).toEqual(await a.getArticle(id));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('dateline ingest and queue add read options', () => {
  it.each([
    ['ingest', '--db', 'unused.db'],
    ['queue', 'add'],
  ])('%s refuses an unknown --format and a --published that is not a date', (...command) => {
    const format = runCli([...command, good[0], '--format', 'pdf']);
    expect(format.status).toBe(1);
    expect(format.stderr).toContain("argument 'pdf' is invalid. Allowed choices are auto, html, text");
    const published = runCli([...command, good[0], '--published', 'soon']);
    expect(published.status).toBe(1);
    expect(published.stderr).toContain('not a date: "soon"');
  });
});
