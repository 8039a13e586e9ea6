// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1).
import { z } from 'zod';
import { IngestError } from '../errors.js';
import type { ParsedFeed } from './item.js';

const Author = z.object({ name: z.string().optional() }).loose();
const Item = z
  .object({
    url: z.string().optional(),
    title: z.string().optional(),
    date_published: z.string().optional(),
    author: Author.optional(),
    authors: z.array(Author).optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
  })
  .loose();
const JsonFeed = z.object({ title: z.string().optional(), items: z.array(Item) }).loose();

export function parseJsonFeed(json: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new IngestError(`malformed JSON Feed (${(error as Error).message})`);
  }
  const parsed = JsonFeed.safeParse(value);
  if (!parsed.success) throw new IngestError(`not a valid JSON Feed (${parsed.error.issues[0]?.message})`);
  return {
    title: parsed.data.title ?? null,
    items: parsed.data.items.map((item) => ({
      title: item.title ?? null,
      url: item.url ?? null,
      published: item.date_published ?? null,
      publishedField: 'json-feed:date_published',
      authors: [...(item.authors ?? []), ...(item.author ? [item.author] : [])]
        .map((a) => a.name)
        .filter((n): n is string => !!n),
      content: item.content_html ?? item.content_text ?? item.summary ?? null,
      contentType: item.content_html ? 'html' : 'text',
      summary: item.content_html || item.content_text ? (item.summary ?? null) : null,
    })),
  };
}
