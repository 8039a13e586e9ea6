// Articles whose metadata comes from outside the body (a feed item, a JSON Lines record).
import type { Article, Published, Source } from '../doc/schema.js';
import { makeArticle } from './article.js';
import { IngestError } from './errors.js';
import { htmlArticle, type KnownMetadata } from './html/index.js';
import { publishedFromText } from './published/from-text.js';
import { normalizeDate } from './published/normalize.js';

/** A date field given with the item: normalised, or an error naming the field. */
export function knownDate(raw: string | null | undefined, field: string): Published | undefined {
  if (!raw) return undefined;
  const value = normalizeDate(raw);
  if (!value) throw new IngestError(`${field} is not a date: "${raw.slice(0, 40)}"`);
  return { value, how: 'metadata', source: field };
}

/** An article from a body given as HTML (through the HTML extractor) or as text (kept verbatim). */
export function knownArticle(
  body: { html: string } | { text: string },
  source: Source,
  id: string,
  known: KnownMetadata & { dek?: string | null },
): Article {
  if ('html' in body) {
    const article = htmlArticle(body.html, source, id, { fragment: true, known });
    return known.dek ? { ...article, dek: known.dek } : article;
  }
  if (body.text.trim() === '') throw new IngestError('empty text');
  return makeArticle({
    id,
    source,
    text: body.text,
    title: known.title,
    dek: known.dek,
    byline: known.byline,
    publisher: known.publisher,
    published: known.published ?? publishedFromText(body.text, [], null),
    offsets: [[0, 0, body.text.length]],
  });
}
