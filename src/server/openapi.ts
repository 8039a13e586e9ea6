// The OpenAPI 3.1 description served at /api/openapi.json; parameters come from the same zod
// schemas that validate requests.
import { z } from 'zod';
import { AnalyzedArticle } from '../doc/schema.js';
import { VERSION } from '../resources.js';
import { COUNT_CAP } from '../store/store.js';
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

type Json = Record<string, unknown>;

function queryParameters(schema: z.ZodType): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function get(summary: string, query?: z.ZodType, path: Json[] = [], ok: Json = { description: 'OK' }): Json {
  return {
    get: {
      summary,
      parameters: [...path, ...(query ? queryParameters(query) : [])],
      responses: { 200: ok, 400: { description: 'invalid parameters' } },
    },
  };
}

/** The answer of /api/events (`EventsPage` in src/server/api-types.ts). */
const EVENTS_PAGE: Json = {
  description: 'One page of events in date order (undated last), with the cursors of the pages around it',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['total', 'totalIsLowerBound', 'limit', 'offset', 'items', 'nextCursor', 'previousCursor'],
        properties: {
          total: { type: 'integer', description: 'events matching the filters (see totalIsLowerBound)' },
          totalIsLowerBound: {
            type: 'boolean',
            description: `true when counting stopped at total (${COUNT_CAP}): at least that many match. Happens for a text query (q) matching a large part of the store, whose exact count would cost more than the page`,
          },
          limit: { type: 'integer' },
          offset: { type: 'integer', description: 'events before this page' },
          items: { type: 'array', items: { type: 'object', description: 'EventRow' } },
          nextCursor: { type: ['string', 'null'], description: 'cursor of the next page; null on the last' },
          previousCursor: {
            type: ['string', 'null'],
            description: 'cursor of the previous page; null on the first',
          },
        },
      },
    },
  },
};

const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Dateline API', version: VERSION },
    paths: {
      '/api/health': get('Liveness and article count'),
      '/api/articles': get('Articles, newest first, filtered by date, publisher or text', ArticlesQuery),
      '/api/articles/{id}': get('One article with its full analysis', undefined, [
        pathParam('id', 'article id (sha256:…)'),
      ]),
      '/api/events': get(
        'Events filtered by actor (source), target, PLOVER type, date range, text; paged by offset or cursor',
        EventsQuery,
        [],
        EVENTS_PAGE,
      ),
      '/api/entities': get('Entities with their actor codes and mention counts', EntitiesQuery),
      '/api/actors/{code}': get(
        'An actor profile: names, mentions, events as source and target, partners',
        undefined,
        [pathParam('code', 'CAMEO actor code or prefix, e.g. PRK or PRKGOV')],
      ),
      '/api/dyads': get('Events and mean Goldstein per period between two actors', DyadQuery),
      '/api/timeline': get('Events per period and QuadClass', TimelineQuery),
      '/api/graph': get('Actor graph: countries as nodes, events as weighted edges', GraphQuery),
      '/api/search': get('Full-text search over titles and texts', SearchQuery),
      '/api/analyze': {
        post: {
          summary: 'Analyze one article (size-limited) and return its analysis; nothing is stored',
          requestBody: {
            content: { 'application/json': { schema: z.toJSONSchema(AnalyzeBody, { io: 'input' }) } },
          },
          responses: {
            200: {
              description: 'the analysis',
              content: { 'application/json': { schema: z.toJSONSchema(AnalyzedArticle) } },
            },
            400: { description: 'invalid body' },
            413: { description: 'body over the size limit' },
          },
        },
      },
    },
  };
}
