// A feed file → one article per item, with the item's link, date, authors and content. An item's id
// is the hash of its own fields, so the same story keeps its id when the feed around it changes.
import { contentHash } from '../hash.js';
import { knownArticle, knownDate } from '../known.js';
import type { IngestResult } from '../types.js';
import type { FeedItem } from './item.js';
import { parseJsonFeed } from './json-feed.js';
import { parseXmlFeed } from './xml.js';

function itemArticle(item: FeedItem, index: number, input: string, publisher: string | null) {
  if (!item.content) throw new Error('item without content');
  const id = contentHash(JSON.stringify([item.url, item.title, item.published, item.content]));
  const source = {
    path: input,
    format: 'feed' as const,
    item: index,
    ...(item.url ? { url: item.url } : {}),
  };
  const known = {
    title: item.title,
    dek: item.summary,
    byline: item.authors,
    published: knownDate(item.published, item.publishedField),
    publisher,
  };
  return knownArticle(
    item.contentType === 'html' ? { html: item.content } : { text: item.content },
    source,
    id,
    known,
  );
}

export function* feedArticles(text: string, input: string): Generator<IngestResult> {
  const feed = text.trimStart().startsWith('{') ? parseJsonFeed(text) : parseXmlFeed(text);
  if (feed.items.length === 0) {
    yield { ok: false, input, error: 'feed without items' };
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    try {
      yield { ok: true, input, article: itemArticle(item, index, input, feed.title) };
    } catch (error) {
      const label = item.title ? ` ("${item.title.slice(0, 50)}")` : '';
      yield {
        ok: false,
        input: `${input}#${index + 1}`,
        error: `feed item ${index + 1}${label}: ${(error as Error).message}`,
      };
    }
  }
}
