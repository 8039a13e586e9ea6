// The HTTP API in-process (app.request) over a real SQLite store holding analyzed articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/doc/schema.js';
import { plainArticle } from '../../src/ingest/plain.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../src/pipeline/stages.js';
import { analyzeWith } from '../../src/server/analyze.js';
import type {
  ArticleSummary,
  DyadSeries,
  EventRow,
  EventsPage,
  GraphData,
  Page,
  Timeline,
} from '../../src/server/api-types.js';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const pipeline = buildPipeline(DEFAULT_STAGES);
const STORIES = [
  [
    '2024-03-05',
    'Russia and China held joint naval exercises near Japan on Monday, the Russian defence ministry said.',
  ],
  ['2024-03-12', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.'],
  ['2024-04-02', 'The United States imposed new sanctions on Russia on Monday, the Treasury said.'],
];

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let docs: AnalyzedArticle[];

async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-api-'));
  store = await openStore(join(dir, 'api.db'));
  docs = STORIES.map(([date, text]) => {
    const article = plainArticle(text, { format: 'text', path: `${date}.txt` });
    article.title = text.slice(0, 40);
    article.published = { value: date, how: 'given' };
    return pipeline.run(article);
  });
  for (const doc of docs) await store.putAnalysis(doc);
  app = createApp({ store, analyze: analyzeWith(pipeline), maxBodyBytes: 2000 });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('answers health with the article count', async () => {
    const { status, body } = await json<{ ok: boolean; articles: number }>('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, articles: 3 });
  });

  it('lists articles newest first, pages them and filters by date', async () => {
    const all = await json<Page<ArticleSummary>>('/api/articles?limit=2');
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((a) => a.published)).toEqual(['2024-04-02', '2024-03-12']);
    const march = await json<Page<ArticleSummary>>('/api/articles?from=2024-03-01&to=2024-03-31');
    expect(march.body.total).toBe(2);
  });

  it('returns one article with its analysis, and 404 for an unknown id', async () => {
    const { status, body } = await json<AnalyzedArticle>(`/api/articles/${encodeURIComponent(docs[1].id)}`);
    expect(status).toBe(200);
    expect(body.mentions?.some((m) => m.text === 'Xi Jinping')).toBe(true);
    const missing = await json<{ error: { code: string } }>('/api/articles/sha256:nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('E_NO_ARTICLE');
  });

  it('filters events by actor prefix and type, and rejects malformed filters with 400', async () => {
    const china = await json<Page<EventRow>>('/api/events?actor=CHN');
    expect(china.status).toBe(200);
    expect(china.body.items.length).toBeGreaterThan(0);
    expect(china.body.items.every((e) => e.sourceCodes.some((c) => c.startsWith('CHN')))).toBe(true);
    // "Russia and China held joint naval exercises": China is the second of the coordinated source
    expect(china.body.items.some((e) => !e.source?.startsWith('CHN'))).toBe(true);
    const consult = await json<Page<EventRow>>('/api/events?type=CONSULT');
    expect(consult.body.items.every((e) => e.type === 'CONSULT')).toBe(true);
    const bad = await json<{ error: { code: string; message: string } }>('/api/events?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^from:/);
  });

  it('filters events by either side, CAMEO code prefix and a type in any case, as `dateline events` does', async () => {
    const all = (await json<Page<EventRow>>('/api/events?limit=500')).body.items;
    const code = all[0].source?.slice(0, 3) ?? '';
    const either = (await json<Page<EventRow>>(`/api/events?involving=${code.toLowerCase()}`)).body;
    expect(either.total).toBe(
      all.filter((e) => [...e.sourceCodes, ...e.targetCodes].some((c) => c.startsWith(code))).length,
    );
    const root = all[0].cameo.slice(0, 2);
    const byCameo = (await json<Page<EventRow>>(`/api/events?cameo=${root}`)).body;
    expect(byCameo.total).toBe(all.filter((e) => e.cameo.startsWith(root)).length);
    const type = all[0].type;
    const lower = await json<Page<EventRow>>(`/api/events?type=${type.toLowerCase()}`);
    expect(lower.body.total).toBe(all.filter((e) => e.type === type).length);
    const bad = await json<{ error: { message: string } }>('/api/events?cameo=consult');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^cameo:/);
  });

  it('pages events by cursor, forward and back, and rejects a cursor it did not make', async () => {
    const all = await json<EventsPage>('/api/events');
    expect(all.body).toMatchObject({ totalIsLowerBound: false, nextCursor: null, previousCursor: null });
    const names = all.body.items.map((e) => `${e.articleId}/${e.index}`);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const pages: EventsPage[] = [(await json<EventsPage>('/api/events?limit=1')).body];
    for (let cursor = pages[0].nextCursor; cursor; cursor = pages[pages.length - 1].nextCursor) {
      pages.push((await json<EventsPage>(`/api/events?limit=1&cursor=${cursor}`)).body);
    }
    expect(pages.flatMap((p) => p.items.map((e) => `${e.articleId}/${e.index}`))).toEqual(names);
    expect(pages.map((p) => p.offset)).toEqual(names.map((_, i) => i));
    expect(pages.every((p) => p.total === names.length)).toBe(true);
    // back from the last page, one at a time, to the first (which has no previous page)
    let page = pages[pages.length - 1];
    for (let i = pages.length - 2; i >= 0; i--) {
      page = (await json<EventsPage>(`/api/events?limit=1&cursor=${page.previousCursor}`)).body;
      expect(page.items).toEqual(pages[i].items);
      expect(page.offset).toBe(i);
    }
    expect(page.previousCursor).toBeNull();
    // an offset page gives cursors too
    const second = (await json<EventsPage>('/api/events?limit=1&offset=1')).body;
    const first = (await json<EventsPage>(`/api/events?limit=1&cursor=${second.previousCursor}`)).body;
    expect(first.items).toEqual(pages[0].items);
    const bad = await json<{ error: { message: string } }>('/api/events?cursor=bm90LWEtY3Vyc29y');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^cursor:/);
  });

  it('aggregates a dyad, a timeline and the actor graph', async () => {
    const dyad = await json<DyadSeries>('/api/dyads?a=CHN&b=RUS&interval=month');
    expect(dyad.status).toBe(200);
    expect(dyad.body.points.length).toBeGreaterThan(0);
    expect(dyad.body.points.every((p) => /^\d{4}-\d{2}$/.test(p.period))).toBe(true);
    const timeline = await json<Timeline>('/api/timeline?interval=week');
    expect(timeline.body.points.every((p) => /^\d{4}-W\d{2}$/.test(p.period))).toBe(true);
    const graph = await json<GraphData>('/api/graph');
    expect(graph.body.nodes.map((n) => n.code)).toContain('CHN');
    expect((await json('/api/dyads?a=CHN')).status).toBe(400);
  });

  it('profiles an actor and searches the texts', async () => {
    const actor = await json<{ code: string; asSource: EventRow[] }>('/api/actors/chn');
    expect(actor.body.code).toBe('CHN');
    const hits = await json<Page<{ id: string }>>('/api/search?q=sanctions');
    expect(hits.body.items.map((h) => h.id)).toEqual([docs[2].id]);
    expect((await json('/api/search')).status).toBe(400);
  });

  it('analyzes a posted article, and refuses bad JSON and bodies over the limit', async () => {
    const post = (body: string) =>
      app.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const ok = await post(
      JSON.stringify({
        text: 'Kim Jong Un met Xi Jinping in Beijing on Tuesday.',
        published: '2024-01-05',
        format: 'plain',
      }),
    );
    expect(ok.status).toBe(200);
    const doc = (await ok.json()) as AnalyzedArticle;
    expect(doc.published.value).toBe('2024-01-05');
    expect(doc.timexes?.[0]).toMatchObject({ text: 'Tuesday', value: '2024-01-02' });
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ url: 'https://example.org' }))).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'x'.repeat(5000) }))).status).toBe(413);
  });

  it('answers unknown routes with a JSON 404 and serves an OpenAPI description', async () => {
    const missing = await json<{ error: { code: string } }>('/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('E_NOT_FOUND');
    const spec = await json<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toContain('/api/events');
  });
});
