import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Event } from '../../src/doc/schema.js';
import {
  collectEvents,
  type EventFilter,
  type EventStore,
  type StoredEvent,
} from '../../src/export/events/query.js';
import type { EventKey } from '../../src/store/store.js';

const event = (i: number): Event => ({
  type: 'CONSULT',
  cameo: '040',
  goldstein: 1,
  quad: 1,
  source: { code: 'PRKGOV', entities: ['e0'] },
  target: null,
  trigger: { start: 0, end: 3, text: 'met' },
  sentence: i,
  time: null,
  location: null,
  modality: 'asserted',
  negated: false,
  confidence: 0.9,
});

/** A store of `n` events over articles a0…a9, paging like src/store (at most 1000 per page). */
function fakeStore(n: number) {
  const calls = {
    pages: [] as (EventFilter & { limit?: number; after?: EventKey })[],
    articles: [] as string[],
  };
  const all: StoredEvent[] = Array.from({ length: n }, (_, i) => ({
    articleId: `a${i % 10}`,
    index: i,
    date: '2023-07-29',
    event: event(i),
    article: { title: null, published: null, publisher: null, url: null },
  }));
  const store: EventStore = {
    async queryEvents(query) {
      calls.pages.push(query);
      // events are in index order: the page starts after the key's event
      const from = query.after ? query.after.index + 1 : 0;
      return { total: all.length, items: all.slice(from, from + Math.min(query.limit ?? 50, 1000)) };
    },
    async getArticle(id) {
      calls.articles.push(id);
      return { id } as AnalyzedArticle;
    },
    async close() {},
  };
  return { store, calls };
}

describe('collectEvents', () => {
  it('pages through every matching event, passing the filter on, loading each article once', async () => {
    const { store, calls } = fakeStore(2500);
    const events = await collectEvents(store, { actor: 'PRK', type: 'CONSULT' });
    expect(events).toHaveLength(2500);
    expect(calls.pages.map((p) => p.after?.index)).toEqual([undefined, 999, 1999]);
    expect(calls.pages.every((p) => p.actor === 'PRK' && p.type === 'CONSULT')).toBe(true);
    expect(calls.articles).toHaveLength(10);
    expect(events[3].doc?.id).toBe('a3');
  });
  it('stops at the limit', async () => {
    const { store, calls } = fakeStore(2500);
    expect(await collectEvents(store, {}, 1200)).toHaveLength(1200);
    expect(calls.pages.map((p) => p.limit)).toEqual([1000, 200]);
  });
});
