// Reading every event a query matches, page by page through the store's page cap. Pages are asked
// for by key (after the last event of the page before), so each costs as little as the first, and a
// text query's capped total never stops the reading early: a short page is the last.
import { type EventKey, type EventQuery, type EventRecord, MAX_LIMIT, type Page } from './store.js';

/** Where an event stands in the event order, as `EventQuery.after` / `before` take it. */
export const eventKey = (r: Pick<EventRecord, 'date' | 'articleId' | 'index'>): EventKey => ({
  date: r.date,
  articleId: r.articleId,
  index: r.index,
});

/** What paging needs of a store: event pages that take a key. */
export interface KeyPagedEvents<E extends Pick<EventRecord, 'date' | 'articleId' | 'index'>> {
  queryEvents(query: EventQuery): Promise<Page<E>>;
}

/** The events matching `query` (at most `limit`), in the store's order, one page at a time. */
export async function* eventPages<E extends Pick<EventRecord, 'date' | 'articleId' | 'index'>>(
  store: KeyPagedEvents<E>,
  query: Omit<EventQuery, 'limit' | 'offset' | 'after' | 'before'>,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<E[]> {
  let after: EventKey | undefined;
  for (let read = 0; read < limit; ) {
    const asked = Math.min(MAX_LIMIT, limit - read);
    const { items } = await store.queryEvents({ ...query, limit: asked, ...(after ? { after } : {}) });
    if (items.length > 0) yield items;
    read += items.length;
    if (items.length < asked) return;
    after = eventKey(items[items.length - 1]);
  }
}
