// The HTTP API (Hono) and, when a built web UI is present, the UI's static files.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import type { AnalyzedArticle } from '../doc/schema.js';
import { countryOfCode } from '../knowledge/actor-code.js';
import { knowledgeBase } from '../knowledge/knowledge-base.js';
import { VERSION } from '../resources.js';
import { eventKey, eventPages } from '../store/event-pages.js';
import type { EventQuery, Store } from '../store/store.js';
import { actorGraph, dyadPoints, partners, timelinePoints } from './aggregate.js';
import type {
  ActorProfile,
  DyadSeries,
  EventRow,
  EventsPage,
  GraphData,
  Health,
  Page,
  Timeline,
} from './api-types.js';
import { type Cursor, encodeCursor } from './cursor.js';
import { apiError, parseQuery } from './errors.js';
import { openApiDocument } from './openapi.js';
import {
  AnalyzeBody,
  ArticlesQuery,
  DyadQuery,
  EntitiesQuery,
  EventsQuery,
  GraphQuery,
  SearchQuery,
  TimelineQuery,
} from './queries.js';
import { articleRow, entityRow, eventRow, searchHit } from './rows.js';

export type AnalyzeInput = z.infer<typeof AnalyzeBody>;

export interface AppOptions {
  store: Store;
  /** Analyzes one posted article (POST /api/analyze); absent = the endpoint answers 501. */
  analyze?: (input: AnalyzeInput) => Promise<AnalyzedArticle>;
  /** Largest accepted POST body, in bytes. */
  maxBodyBytes?: number;
  /** Directory of the built web UI (dist/web); not served when absent. */
  webRoot?: string;
}

/** A code's country (or IGO, NGO…) by the codebook; empty for a sector alone (MED). Loaded on first use. */
const countryOf = (code: string): string => countryOfCode(code, knowledgeBase());

/** Events considered for aggregate views (dyads, timeline, graph). */
const AGGREGATE_LIMIT = 100_000;

interface Paging {
  limit: number;
  offset: number;
}

/** A store page as an API page: the paging the request asked for, each item mapped to its row. */
function apiPage<T, R>(page: { total: number; items: T[] }, paging: Paging, row: (item: T) => R): Page<R> {
  return { total: page.total, limit: paging.limit, offset: paging.offset, items: page.items.map(row) };
}

/** Events as API rows, paged by offset or by cursor, with the cursors of the pages around. */
async function events(store: Store, query: EventQuery & Paging & { cursor?: Cursor }): Promise<EventsPage> {
  const { cursor, limit, ...filter } = query;
  const backwards = cursor?.direction === 'before';
  // One more than the page tells whether more events lie in the direction of travel.
  const page = await store.queryEvents({
    ...filter,
    limit: limit + 1,
    offset: cursor ? 0 : query.offset,
    ...(cursor && { [cursor.direction]: cursor.key }),
  });
  const more = page.items.length > limit;
  const records = backwards ? page.items.slice(more ? 1 : 0) : page.items.slice(0, limit);
  const offset = cursor ? (backwards && !more ? 0 : cursor.offset) : query.offset;
  const first = records[0];
  const last = records[records.length - 1];
  const hasNext = backwards ? records.length > 0 : more;
  const hasPrevious = backwards ? more : offset > 0;
  const lowerBound = page.totalIsLowerBound ?? false;
  // past a capped count, the events seen so far (and one more when there is a next page) are a better bound
  const total = lowerBound ? Math.max(page.total, offset + records.length + Number(hasNext)) : page.total;
  return {
    ...apiPage({ total, items: records }, { limit, offset }, eventRow),
    totalIsLowerBound: lowerBound,
    nextCursor:
      hasNext && last
        ? encodeCursor({ direction: 'after', key: eventKey(last), offset: offset + records.length })
        : null,
    previousCursor:
      hasPrevious && first
        ? encodeCursor({ direction: 'before', key: eventKey(first), offset: offset - limit })
        : null,
  };
}

/** Every matching event (paged by key through the store's page cap), for aggregate views. */
async function allEvents(store: Store, query: EventQuery): Promise<EventRow[]> {
  const rows: EventRow[] = [];
  for await (const page of eventPages(store, query, AGGREGATE_LIMIT)) rows.push(...page.map(eventRow));
  return rows;
}

export function createApp({ store, analyze, maxBodyBytes = 1024 * 1024, webRoot }: AppOptions): Hono {
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  app.onError((error, c) => apiError(c, 500, 'E_INTERNAL', error.message));
  app.notFound((c) => apiError(c, 404, 'E_NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`));

  app.get('/api/health', async (c) =>
    c.json<Health>({ ok: true, version: VERSION, articles: await store.countArticles() }),
  );
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/articles', async (c) => {
    const q = parseQuery(c, ArticlesQuery);
    if (!q.ok) return q.response;
    return c.json(apiPage(await store.listArticles(q.value), q.value, articleRow));
  });

  app.get('/api/articles/:id', async (c) => {
    const doc = await store.getArticle(c.req.param('id'));
    return doc ? c.json(doc) : apiError(c, 404, 'E_NO_ARTICLE', `no article with id ${c.req.param('id')}`);
  });

  app.get('/api/events', async (c) => {
    const q = parseQuery(c, EventsQuery);
    return q.ok ? c.json(await events(store, q.value)) : q.response;
  });

  app.get('/api/entities', async (c) => {
    const q = parseQuery(c, EntitiesQuery);
    if (!q.ok) return q.response;
    return c.json(apiPage(await store.entities(q.value), q.value, entityRow));
  });

  app.get('/api/actors/:code', async (c) => {
    const code = c.req.param('code').toUpperCase();
    if (!/^[A-Z0-9]{1,15}$/.test(code)) return apiError(c, 400, 'E_BAD_CODE', `not an actor code: ${code}`);
    const [asSource, asTarget, entities] = await Promise.all([
      events(store, { actor: code, limit: 200, offset: 0 }),
      events(store, { target: code, limit: 200, offset: 0 }),
      store.entities({ actor: code, limit: 50, offset: 0 }),
    ]);
    const profile: ActorProfile = {
      code,
      names: [...new Set(entities.items.map((e) => e.name))],
      mentions: entities.items.reduce((sum, e) => sum + e.mentions, 0),
      articles: entities.items.reduce((max, e) => Math.max(max, e.articles), 0),
      asSource: asSource.items,
      asTarget: asTarget.items,
      partners: partners(code, [...asSource.items, ...asTarget.items]),
    };
    return c.json(profile);
  });

  app.get('/api/dyads', async (c) => {
    const q = parseQuery(c, DyadQuery);
    if (!q.ok) return q.response;
    const { a, b, interval, from, to } = q.value;
    const [ab, ba] = await Promise.all([
      allEvents(store, { actor: a, target: b, from, to }),
      allEvents(store, { actor: b, target: a, from, to }),
    ]);
    // An event counts once, even when coordinated actors put a and b on both sides of it.
    const seen = new Set<string>();
    const rows = [...ab, ...ba]
      .filter((e) => !seen.has(`${e.articleId}#${e.index}`) && seen.add(`${e.articleId}#${e.index}`))
      .sort((x, y) => ((x.date ?? '') < (y.date ?? '') ? -1 : 1));
    return c.json<DyadSeries>({ a, b, interval, points: dyadPoints(rows, interval), events: rows });
  });

  app.get('/api/timeline', async (c) => {
    const q = parseQuery(c, TimelineQuery);
    if (!q.ok) return q.response;
    const { actor, interval, from, to } = q.value;
    const rows = await allEvents(store, { involving: actor, from, to });
    return c.json<Timeline>({ interval, points: timelinePoints(rows, interval) });
  });

  app.get('/api/graph', async (c) => {
    const q = parseQuery(c, GraphQuery);
    if (!q.ok) return q.response;
    const rows = await allEvents(store, { from: q.value.from, to: q.value.to });
    return c.json<GraphData>(actorGraph(rows, q.value.limit, countryOf));
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, SearchQuery);
    if (!q.ok) return q.response;
    return c.json(apiPage(await store.search(q.value.q, q.value), q.value, searchHit));
  });

  app.post(
    '/api/analyze',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => apiError(c, 413, 'E_TOO_LARGE', `request body over the limit of ${maxBodyBytes} bytes`),
    }),
    async (c) => {
      if (!analyze) return apiError(c, 501, 'E_NO_ANALYZER', 'this server does not analyze articles');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return apiError(c, 400, 'E_BAD_JSON', 'the body is not valid JSON');
      }
      const parsed = AnalyzeBody.safeParse(body);
      if (!parsed.success) {
        const message = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
          .join('; ');
        return apiError(c, 400, 'E_BAD_BODY', message, parsed.error.issues);
      }
      try {
        return c.json(await analyze(parsed.data));
      } catch (error) {
        return apiError(c, 422, 'E_UNPROCESSABLE', error instanceof Error ? error.message : String(error));
      }
    },
  );

  app.all('/api/*', (c) => apiError(c, 404, 'E_NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`));

  if (webRoot && existsSync(webRoot)) {
    // serveStatic resolves `root` against the working directory.
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
