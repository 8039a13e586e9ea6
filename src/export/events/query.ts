// Reading events out of a store for export: the part of the Store interface (src/store) that
// `dateline events` needs, and the paging loop that collects every matching event with its analysis.
import type { AnalyzedArticle, Event } from '../../doc/schema.js';
import { eventPages, type KeyPagedEvents } from '../../store/event-pages.js';
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

/** What `dateline events` reads: `Store.queryEvents` (paged by key), `Store.getArticle` and `Store.close`. */
export interface EventStore extends KeyPagedEvents<StoredEvent> {
  getArticle(id: string): Promise<AnalyzedArticle | null>;
  close(): Promise<void>;
}

/** Every event matching `filter` (at most `limit`), in the store's order, each with its article's analysis. */
export async function collectEvents(
  store: EventStore,
  filter: EventFilter,
  limit = Number.POSITIVE_INFINITY,
): Promise<ExportedEvent[]> {
  const events: ExportedEvent[] = [];
  const docs = new Map<string, AnalyzedArticle | null>();
  for await (const page of eventPages(store, filter, limit)) {
    for (const record of page) {
      if (!docs.has(record.articleId)) docs.set(record.articleId, await store.getArticle(record.articleId));
      events.push({ ...record, doc: docs.get(record.articleId) });
    }
  }
  return events;
}
