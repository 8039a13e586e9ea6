// The HTTP API (Hono) and, when a built web UI is present, the UI's static files.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import type { AnalyzedArticle } from '../doc/schema.js';
import { VERSION } from '../resources.js';
import { actorGraph, dyadPoints, partners, timelinePoints } from './aggregate.js';
import type { ActorProfile, DyadSeries, GraphData, Health, Timeline } from './api-types.js';
import { apiError, parseQuery } from './errors.js';
import type { ExploreStore } from './explore-store.js';
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

export type AnalyzeInput = z.infer<typeof AnalyzeBody>;

export interface AppOptions {
  store: ExploreStore;
  /** Analyzes one posted article (POST /api/analyze); absent = the endpoint answers 501. */
  analyze?: (input: AnalyzeInput) => Promise<AnalyzedArticle>;
  /** Largest accepted POST body, in bytes. */
  maxBodyBytes?: number;
  /** Directory of the built web UI (dist/web); not served when absent. */
  webRoot?: string;
}

/** Events considered for aggregate views (dyads, timeline, graph). */
const AGGREGATE_LIMIT = 100_000;

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
    return q.ok ? c.json(await store.listArticles(q.value)) : q.response;
  });

  app.get('/api/articles/:id', async (c) => {
    const doc = await store.getArticle(c.req.param('id'));
    return doc ? c.json(doc) : apiError(c, 404, 'E_NO_ARTICLE', `no article with id ${c.req.param('id')}`);
  });

  app.get('/api/events', async (c) => {
    const q = parseQuery(c, EventsQuery);
    return q.ok ? c.json(await store.queryEvents(q.value)) : q.response;
  });

  app.get('/api/entities', async (c) => {
    const q = parseQuery(c, EntitiesQuery);
    return q.ok ? c.json(await store.listEntities(q.value)) : q.response;
  });

  app.get('/api/actors/:code', async (c) => {
    const code = c.req.param('code').toUpperCase();
    if (!/^[A-Z0-9]{1,15}$/.test(code)) return apiError(c, 400, 'E_BAD_CODE', `not an actor code: ${code}`);
    const [asSource, asTarget, entities] = await Promise.all([
      store.queryEvents({ actor: code, limit: 200, offset: 0 }),
      store.queryEvents({ target: code, limit: 200, offset: 0 }),
      store.listEntities({ code, limit: 50, offset: 0 }),
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
      store.queryEvents({ actor: a, target: b, from, to, limit: AGGREGATE_LIMIT, offset: 0 }),
      store.queryEvents({ actor: b, target: a, from, to, limit: AGGREGATE_LIMIT, offset: 0 }),
    ]);
    const events = [...ab.items, ...ba.items].sort((x, y) => ((x.date ?? '') < (y.date ?? '') ? -1 : 1));
    return c.json<DyadSeries>({ a, b, interval, points: dyadPoints(events, interval), events });
  });

  app.get('/api/timeline', async (c) => {
    const q = parseQuery(c, TimelineQuery);
    if (!q.ok) return q.response;
    const { actor, interval, from, to } = q.value;
    const events = await store.queryEvents({ either: actor, from, to, limit: AGGREGATE_LIMIT, offset: 0 });
    return c.json<Timeline>({ interval, points: timelinePoints(events.items, interval) });
  });

  app.get('/api/graph', async (c) => {
    const q = parseQuery(c, GraphQuery);
    if (!q.ok) return q.response;
    const events = await store.queryEvents({
      from: q.value.from,
      to: q.value.to,
      limit: AGGREGATE_LIMIT,
      offset: 0,
    });
    return c.json<GraphData>(actorGraph(events.items, q.value.limit));
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, SearchQuery);
    return q.ok ? c.json(await store.search(q.value.q, q.value.limit, q.value.offset)) : q.response;
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
