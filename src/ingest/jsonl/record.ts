// One JSON Lines record: { "text" | "html", "url", "title", "published", "byline", "publisher", "dek" }.
import { z } from 'zod';
import type { Article } from '../../doc/schema.js';
import { IngestError } from '../errors.js';
import { contentHash } from '../hash.js';
import { knownArticle, knownDate } from '../known.js';

export const JsonlRecord = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().nullable().optional(),
    dek: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    byline: z.union([z.string(), z.array(z.string())]).optional(),
    publisher: z.string().nullable().optional(),
  })
  .loose()
  .refine((r) => r.text !== undefined || r.html !== undefined, {
    message: 'a record needs "text" or "html"',
  });

export type JsonlRecord = z.infer<typeof JsonlRecord>;

/** The article of one JSON Lines line; `item` is its 0-based index in the file. */
export function recordArticle(line: string, path: string, item: number): Article {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new IngestError(`invalid JSON (${(error as Error).message})`);
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(
      `invalid record: ${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`,
    );
  }
  const record = parsed.data;
  const source = { path, format: 'jsonl' as const, item, ...(record.url ? { url: record.url } : {}) };
  const byline = typeof record.byline === 'string' ? [record.byline] : (record.byline ?? []);
  const known = {
    title: record.title ?? null,
    dek: record.dek ?? null,
    byline,
    publisher: record.publisher ?? null,
    published: knownDate(record.published, 'jsonl:published'),
  };
  const body = record.html !== undefined ? { html: record.html } : { text: record.text ?? '' };
  return knownArticle(body, source, contentHash(line), known);
}
