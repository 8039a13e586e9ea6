// Typed calls to the Dateline HTTP API.
import type {
  ActorProfile,
  ArticleDetail,
  ArticleSummary,
  DyadSeries,
  EntityRow,
  EventsPage,
  GraphData,
  Health,
  Page,
  SearchHit,
  Timeline,
} from '../../src/server/api-types.js';

export type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function get<T>(path: string, query?: Query): Promise<T> {
  const response = await fetch(withQuery(path, query));
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export const api = {
  health: () => get<Health>('/api/health'),
  articles: (q?: Query) => get<Page<ArticleSummary>>('/api/articles', q),
  article: (id: string) => get<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`),
  events: (q?: Query) => get<EventsPage>('/api/events', q),
  entities: (q?: Query) => get<Page<EntityRow>>('/api/entities', q),
  actor: (code: string) => get<ActorProfile>(`/api/actors/${encodeURIComponent(code)}`),
  dyad: (q: Query) => get<DyadSeries>('/api/dyads', q),
  graph: (q?: Query) => get<GraphData>('/api/graph', q),
  timeline: (q?: Query) => get<Timeline>('/api/timeline', q),
  search: (q: string) => get<Page<SearchHit>>('/api/search', { q }),
};
