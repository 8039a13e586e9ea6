/** One feed entry, whichever the feed format, before it becomes an article. */
export interface FeedItem {
  title: string | null;
  url: string | null;
  /** The date as the feed prints it. */
  published: string | null;
  /** Which feed field the date came from ("rss:pubDate", "atom:published", …). */
  publishedField: string;
  authors: string[];
  content: string | null;
  contentType: 'html' | 'text';
  /** A summary given besides the full content (RSS description, Atom summary): the dek. */
  summary: string | null;
}

/** A summary as plain text: tags dropped, whitespace collapsed. */
export function plainSummary(value: string | null): string | null {
  const text = value
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** Text of an XML value that may be a string, a number or a `{ "#text": … }` node. */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Record<string, unknown>)['#text']);
  return null;
}

export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
