// One suite, run over every backend: SQLite (a temp file) and PostgreSQL (a fresh schema).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/doc/schema.js';
import { eventKey } from '../../src/store/event-pages.js';
import { openStore } from '../../src/store/open.js';
import { parsePostgresUrl } from '../../src/store/postgres/store.js';
import type { EventKey, EventRecord, Store } from '../../src/store/store.js';
import { describeWith, dropPgSchema, freshPgUrl } from '../support/services.js';
import { bare, coordinated, protest, protestCopies, summit } from './fixtures.js';

interface Backend {
  name: string;
  describe: typeof describe;
  /** A fresh, empty store location and how to remove it. */
  make(): { target: string; cleanup(): Promise<void> };
  /** Runs SQL statements on the store at `target` directly (no migrations). */
  exec(target: string, sql: string): Promise<void>;
}

const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    describe,
    make() {
      const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
      return {
        target: join(dir, 'test.db'),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
    async exec(target, sql) {
      const db = new Database(target);
      db.exec(sql);
      db.close();
    },
  },
  {
    name: 'postgres',
    describe: await describeWith('postgres'),
    make() {
      const { url, schema } = freshPgUrl();
      return { target: url, cleanup: () => dropPgSchema(schema) };
    },
    async exec(target, sql) {
      const { connectionString, schema } = parsePostgresUrl(target);
      const client = new pg.Client({ connectionString, options: `-c search_path="${schema}"` });
      await client.connect();
      await client.query(sql);
      await client.end();
    },
  },
];

/** A fresh store of `backend` holding `docs` for the tests of the enclosing describe. */
function storeOf(backend: Backend, docs: readonly AnalyzedArticle[]) {
  const held = {} as { store: Store; location: ReturnType<Backend['make']> };
  beforeAll(async () => {
    held.location = backend.make();
    held.store = await openStore(held.location.target);
    for (const doc of docs) await held.store.putAnalysis(doc);
  });
  afterAll(async () => {
    await held.store?.close();
    await held.location?.cleanup();
  });
  return held;
}

for (const backend of BACKENDS) {
  backend.describe(`Store on ${backend.name}`, () => {
    let store: Store;
    let location: ReturnType<Backend['make']>;

    beforeAll(async () => {
      location = backend.make();
      store = await openStore(location.target);
      for (const doc of [summit, protest, bare]) expect(await store.putAnalysis(doc)).toBe('new');
    });
    afterAll(async () => {
      await store?.close();
      await location?.cleanup();
    });

    describe('putAnalysis', () => {
      it('leaves an article already stored unchanged, even when written concurrently', async () => {
        expect(await store.putAnalysis(summit)).toBe('unchanged');
        const twice = await Promise.all([store.putAnalysis(protest), store.putAnalysis(protest)]);
        expect(twice).toEqual(['unchanged', 'unchanged']);
        expect((await store.stats()).articles).toBe(3);
        expect(await store.countArticles()).toBe(3);
      });
      it('stores an article exactly once when two writers race on a new one', async () => {
        const fresh = { ...bare, id: 'sha256:race' };
        const results = await Promise.all([store.putAnalysis(fresh), store.putAnalysis(fresh)]);
        expect(results.sort()).toEqual(['new', 'unchanged']);
        expect(await store.hasArticle('sha256:race')).toBe(true);
        expect((await store.listArticles({ q: 'weather' })).total).toBe(2);
      });
    });

    it('gives back the full analysis as stored, or null', async () => {
      expect(await store.getArticle(summit.id)).toEqual(summit);
      expect(await store.getArticle(protest.id)).toEqual(protest);
      expect(await store.getArticle('sha256:none')).toBeNull();
      expect(await store.hasArticle('sha256:none')).toBe(false);
    });

    describe('listArticles', () => {
      it('lists newest first, undated last, with per-layer counts (null for stages not run)', async () => {
        const page = await store.listArticles();
        expect(page.items.map((a) => a.id).slice(0, 2)).toEqual([protest.id, summit.id]);
        const first = page.items[1];
        expect(first).toMatchObject({
          title: 'France and Germany meet in Geneva',
          publisher: 'Example Wire',
          published: '2024-03-05',
          publishedHow: 'metadata',
          url: 'https://example.org/summit',
          format: 'html',
          words: 21,
        });
        expect(first.counts).toEqual({
          sentences: 2,
          tokens: summit.tokens?.length,
          mentions: 4,
          entities: 3,
          timexes: 1,
          attributions: 1,
          events: 1,
        });
        const undated = page.items.find((a) => a.id === bare.id);
        expect(undated?.counts.events).toBeNull();
        expect(undated?.counts.sentences).toBe(1);
      });
      it('filters by inclusive date range, publisher and text, and pages', async () => {
        const ids = async (q: Parameters<Store['listArticles']>[0]) =>
          (await store.listArticles(q)).items.map((a) => a.id);
        expect(await ids({ from: '2024-04-10', to: '2024-04-10' })).toEqual([protest.id]);
        expect(await ids({ to: '2024-03-31' })).toEqual([summit.id]);
        expect(await ids({ from: '2024-03', to: '2024-03' })).toEqual([summit.id]);
        expect(await ids({ from: '2024', to: '2024' })).toEqual([protest.id, summit.id]);
        expect(await ids({ publisher: 'Andes Daily' })).toEqual([protest.id]);
        expect(await ids({ q: 'ceasefire Geneva' })).toEqual([summit.id]);
        expect(await ids({ q: 'ceasefire Lima' })).toEqual([]);
        expect(await ids({ q: '?!' })).toEqual([]);
        const page = await store.listArticles({ limit: 1, offset: 1 });
        expect(page.total).toBe(4);
        expect(page.items.map((a) => a.id)).toEqual([summit.id]);
      });
    });

    describe('search', () => {
      it('finds articles by words of title and body (stemmed), best first, with a marked snippet', async () => {
        const hits = await store.search('protesters demand');
        expect(hits.total).toBe(1);
        expect(hits.items[0].article.id).toBe(protest.id);
        expect(hits.items[0].snippet).toMatch(/«Protesters»/);
        const france = await store.search('France');
        expect(france.items.map((h) => h.article.id).sort()).toEqual(
          [summit.id, bare.id, 'sha256:race'].sort(),
        );
        expect(france.items[0].article.id).toBe(summit.id);
        expect(france.items[0].score).toBeGreaterThan(france.items[2].score);
      });
      it('treats operators and quotes in the query as plain words', async () => {
        expect((await store.search('"Lima" OR -Geneva*')).items.map((h) => h.article.id)).toEqual([]);
        expect((await store.search('lima: (protest)')).items.map((h) => h.article.id)).toEqual([protest.id]);
        expect((await store.search('')).total).toBe(0);
      });
    });

    describe('queryEvents', () => {
      it('returns events with their article, dated by their own time or else the publication date', async () => {
        const all = await store.queryEvents();
        expect(all.total).toBe(2);
        expect(all.items.map((e) => [e.articleId, e.index, e.date])).toEqual([
          [summit.id, 0, '2024-03-04'],
          [protest.id, 0, '2024-04-10'],
        ]);
        expect(all.items[0].event).toEqual(summit.events?.[0]);
        expect(all.items[1].article).toEqual({
          title: 'Lima protest',
          published: '2024-04-10T08:30',
          publisher: 'Andes Daily',
          url: null,
        });
      });
      it('filters by actor codes (prefixes), type, CAMEO code, dates and text', async () => {
        const ids = async (q: Parameters<Store['queryEvents']>[0]) =>
          (await store.queryEvents(q)).items.map((e) => e.articleId);
        expect(await ids({ actor: 'FRA' })).toEqual([summit.id]);
        expect(await ids({ actor: 'fra', involving: 'deu' })).toEqual([summit.id]);
        expect(await ids({ actor: 'DEU' })).toEqual([]);
        expect(await ids({ target: 'DEUGOV' })).toEqual([summit.id]);
        expect(await ids({ involving: 'PER' })).toEqual([protest.id]);
        expect(await ids({ type: 'consult' })).toEqual([summit.id]);
        expect(await ids({ cameo: '10' })).toEqual([protest.id]);
        expect(await ids({ cameo: '1_' })).toEqual([]);
        expect(await ids({ from: '2024-03-05' })).toEqual([protest.id]);
        expect(await ids({ to: '2024-03-04' })).toEqual([summit.id]);
        expect(await ids({ to: '2024-03' })).toEqual([summit.id]);
        expect(await ids({ from: '2024-04', to: '2024' })).toEqual([protest.id]);
        expect(await ids({ q: 'resignation' })).toEqual([protest.id]);
        expect(await ids({ limit: 1, offset: 1 })).toEqual([protest.id]);
      });
    });

    describe('coordinated actors', () => {
      const coord = storeOf(backend, [summit, coordinated]);
      const ids = async (q: Parameters<Store['queryEvents']>[0]) => {
        const page = await coord.store.queryEvents(q);
        expect(page.total).toBe(page.items.length);
        return page.items.map((e) => e.articleId);
      };

      it('finds an event by every code of a side, not only its first', async () => {
        // matched by the first code and a further one (RUSMIL): counted once
        expect(await ids({ actor: 'RUS' })).toEqual([coordinated.id]);
        expect(await ids({ actor: 'RUSMIL', involving: 'R' })).toEqual([coordinated.id]);
        expect(await ids({ actor: 'chn' })).toEqual([coordinated.id]);
        expect(await ids({ actor: 'CHNGOV', target: 'GBR' })).toEqual([coordinated.id]);
        expect(await ids({ target: 'GBR' })).toEqual([coordinated.id]);
        expect(await ids({ involving: 'CHN' })).toEqual([coordinated.id]);
        expect(await ids({ involving: 'GB' })).toEqual([coordinated.id]);
        // a side's codes stay on their side
        expect(await ids({ actor: 'GBR' })).toEqual([]);
        expect(await ids({ target: 'CHN' })).toEqual([]);
        expect(await ids({ actor: 'CHN', type: 'CONSULT' })).toEqual([]);
        expect(await ids({ involving: 'FRA' })).toEqual([summit.id]);
      });

      it('migration 4 fills the table from the events already stored', async () => {
        await backend.exec(
          coord.location.target,
          'DROP TABLE event_coactors; DELETE FROM schema_migrations WHERE version = 4;',
        );
        await coord.store.close();
        coord.store = await openStore(coord.location.target);
        expect(await ids({ actor: 'CHN' })).toEqual([coordinated.id]);
        expect(await ids({ target: 'GBR' })).toEqual([coordinated.id]);
        expect(await ids({ involving: 'DEU' })).toEqual([summit.id]);
      });
    });

    describe('event order and paging by key', () => {
      const many = storeOf(backend, protestCopies(24, 3));
      const name = (e: EventRecord) => `${e.date ?? 'undated'} ${e.articleId} ${e.index}`;

      it('orders by date, undated last, then article and position', async () => {
        const all = await many.store.queryEvents({ limit: 1000 });
        expect(all.total).toBe(72);
        const names = all.items.map(name);
        // dated before undated, then bytewise on date and article id, then position
        const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
        const sorted = [...all.items]
          .sort(
            (x, y) =>
              Number(x.date === null) - Number(y.date === null) ||
              cmp(x.date ?? '', y.date ?? '') ||
              cmp(x.articleId, y.articleId) ||
              x.index - y.index,
          )
          .map(name);
        expect(names).toEqual(sorted);
        expect(names.at(-1)).toMatch(/^undated /);
        expect(names.filter((n) => n.startsWith('undated'))).toHaveLength(18);
      });

      it('pages forward with after and backward with before, the same pages as by offset', async () => {
        for (const filter of [
          {},
          { q: 'resignation' },
          { actor: 'PER', to: '2024-05-03' },
          { type: 'demand' },
        ]) {
          const all = (await many.store.queryEvents({ ...filter, limit: 1000 })).items.map(name);
          const forward: string[] = [];
          let after: EventKey | undefined;
          for (;;) {
            const page = await many.store.queryEvents({ ...filter, limit: 7, after });
            expect(page.total).toBe(all.length);
            forward.push(...page.items.map(name));
            if (page.items.length < 7) break;
            after = eventKey(page.items[6]);
          }
          expect(forward).toEqual(all);
          const last = (await many.store.queryEvents({ ...filter, limit: 1, offset: all.length - 1 }))
            .items[0];
          const backward = [name(last)];
          let before = eventKey(last);
          for (;;) {
            const page = await many.store.queryEvents({ ...filter, limit: 7, before });
            backward.unshift(...page.items.map(name));
            if (page.items.length < 7) break;
            before = eventKey(page.items[0]);
          }
          expect(backward).toEqual(all);
          expect((await many.store.queryEvents({ ...filter, limit: 7, offset: 14 })).items.map(name)).toEqual(
            all.slice(14, 21),
          );
        }
      });
    });

    it('aggregates entities over articles, filtered by name, type and actor', async () => {
      const all = await store.entities();
      expect(all.items[0]).toEqual({ name: 'France', type: 'LOC', actor: 'FRA', articles: 1, mentions: 2 });
      expect(all.total).toBe(6);
      expect((await store.entities({ q: 'lim' })).items.map((e) => e.name)).toEqual(['Lima']);
      expect((await store.entities({ type: 'ORG' })).items.map((e) => e.name).sort()).toEqual([
        'Protesters',
        'police',
      ]);
      expect((await store.entities({ actor: 'per' })).total).toBe(2);
      expect((await store.entities({ q: '%' })).total).toBe(0);
    });

    it('counts every layer, the date range and the publishers', async () => {
      const stats = await store.stats();
      expect(stats.backend).toBe(backend.name);
      expect(stats.articles).toBe(4);
      // Caption mentions are kept in the stored document (see the round trip above), not counted.
      expect(Object.keys(stats.layers)).toEqual([
        'sentences',
        'tokens',
        'mentions',
        'entities',
        'timexes',
        'attributions',
        'events',
      ]);
      expect(stats.layers).toMatchObject({
        mentions: 7,
        entities: 6,
        timexes: 1,
        attributions: 2,
        events: 2,
      });
      expect(stats.layers.sentences).toBe(5);
      // The bare article (and its racing copy) only went through segmentation.
      expect(stats.analyzed).toMatchObject({ sentences: 4, tokens: 4, mentions: 2, events: 2 });
      expect(stats.published).toEqual({ first: '2024-03-05', last: '2024-04-10', undated: 2 });
      expect(stats.publishers).toEqual([
        { publisher: 'Andes Daily', articles: 1 },
        { publisher: 'Example Wire', articles: 1 },
      ]);
    });

    it('keeps its data and applies no migration twice when opened again', async () => {
      const again = await openStore(location.target);
      try {
        expect((await again.stats()).articles).toBe(4);
        expect(await again.putAnalysis(summit)).toBe('unchanged');
      } finally {
        await again.close();
      }
    });
  });
}
