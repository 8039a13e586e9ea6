// Reading events out of a store for export: the part of the Store interface (src/store) that
// `dateline events` needs, and the paging loop that collects every matching event with its analysis.
import type { AnalyzedArticle, Event } from '../../doc/schema.js';
import type { ExportedEvent } from './exported.js';

export interface EventFilter {
  actor?: string;
  target?: string;
  involving?: string;
  type?: string;
  cameo?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface StoredEvent {
  articleId: string;
  index: number;
  date: string | null;
  event: Event;
  article: ExportedEvent['article'];
}

/** What `dateline events` reads: `Store.queryEvents`, `Store.getArticle` and `Store.close`. */
export interface EventStore {
  queryEvents(
    query: EventFilter & { limit?: number; offset?: number },
  ): Promise<{ total: number; items: StoredEvent[] }>;
  getArticle(id: string): Promise<AnalyzedArticle | null>;
  close(): Promise<void>;
}

/** The store's page size cap (src/store: MAX_LIMIT). */
const PAGE = 1000;

/** Every event matching `filter` (at most `limit`), in the store's order, each with its article's analysis. */
export async function collectEvents(
  store: EventStore,
  filter: EventFilter,
  limit = Number.POSITIVE_INFINITY,
): Promise<ExportedEvent[]> {
  const events: ExportedEvent[] = [];
  const docs = new Map<string, AnalyzedArticle | null>();
  for (let offset = 0; events.length < limit; offset += PAGE) {
    const asked = Math.min(PAGE, limit - events.length);
    const page = await store.queryEvents({ ...filter, limit: asked, offset });
    for (const record of page.items) {
      if (!docs.has(record.articleId)) docs.set(record.articleId, await store.getArticle(record.articleId));
      events.push({ ...record, doc: docs.get(record.articleId) });
    }
    // a short page is the last (the store's total may be a lower bound for text queries)
    if (page.items.length < asked) break;
  }
  return events;
}
