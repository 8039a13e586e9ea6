// HTML page → Article: Readability (on linkedom, which never runs scripts) finds the main text;
// our own metadata extraction (metadata.ts) finds the date, byline and publisher Readability misses.
import { Readability } from '@mozilla/readability';
import type { Article, Caption, Dateline, Published, Source } from '../../doc/schema.js';
import { makeArticle } from '../article.js';
import { parseByline } from '../byline.js';
import { collapseCaptions } from '../captions.js';
import { CleanTextBuilder } from '../clean-text.js';
import { findDateline } from '../dateline.js';
import { IngestError } from '../errors.js';
import { publishedFromText } from '../published/from-text.js';
import { normalizeDate } from '../published/normalize.js';
import { splitCredit } from '../text/credit.js';
import { appendAligned } from './align.js';
import { type Blocks, blocksOf } from './blocks.js';
import { type DomDocument, type DomNode, parseDocument } from './dom.js';
import { stripFurniture } from './furniture.js';
import { pageMetadata } from './metadata.js';

/** Metadata known from outside the page (a feed item, a JSON Lines record); it wins over the page's. */
export interface KnownMetadata {
  title?: string | null;
  byline?: string[];
  published?: Published | null;
  publisher?: string | null;
}

export interface HtmlOptions {
  /** The HTML is already the article's content (a feed item's body): take all of it, no Readability. */
  fragment?: boolean;
  known?: KnownMetadata;
}

type ReadabilityResult = ReturnType<Readability<DomNode>['parse']>;

/**
 * Readability's result, its content left as a DOM node; null when it finds nothing or cannot read
 * the document at all (tag soup). Readability alters the document it reads.
 */
function readabilityOf(document: DomDocument): ReadabilityResult {
  try {
    // classes kept: they mark a caption's credit (blocks.ts)
    return new Readability<DomNode>(document as never, {
      serializer: (node) => node as DomNode,
      keepClasses: true,
    }).parse();
  } catch {
    return null;
  }
}

/** The main text's paragraphs; `document` has had its metadata read already and may be altered. */
function mainBlocks(
  html: string,
  document: DomDocument,
  fragment: boolean,
): { blocks: Blocks; readability: ReadabilityResult } {
  if (fragment) return { blocks: blocksOf(document.body ?? document), readability: null };
  const readability = readabilityOf(document);
  if (readability?.content) {
    const blocks = blocksOf(readability.content);
    if (blocks.paragraphs.length) return { blocks, readability };
  }
  // Readability found nothing: the whole page, from an unaltered copy.
  const page = parseDocument(html);
  return { blocks: blocksOf(page.body ?? page), readability };
}

/** The declared description as dek, unless it merely repeats the opening of the body. */
function dekOf(description: string | undefined, text: string): string | null {
  const dek = description?.replace(/\s+/g, ' ').trim();
  if (!dek) return null;
  const probe = dek.replace(/(?:\.\.\.|…)$/, '').slice(0, 80);
  return text.replace(/\s+/g, ' ').includes(probe) ? null : dek;
}

function firstNonEmpty(...lists: (string[] | undefined)[]): string[] {
  return lists.find((l) => l?.length) ?? [];
}

function toCaption(caption: Caption): Caption {
  return caption.credit ? caption : (splitCredit(caption.text) ?? caption);
}

export function htmlArticle(html: string, source: Source, id: string, options: HtmlOptions = {}): Article {
  const document = parseDocument(html);
  const meta = pageMetadata(document);
  const { blocks, readability } = mainBlocks(html, document, options.fragment ?? false);
  const { paragraphs, byline: printedByline, date: printedDate } = stripFurniture(blocks.paragraphs);
  let dateline: Dateline | null = null;
  const found = paragraphs.length ? findDateline(paragraphs[0]) : null;
  if (found) {
    dateline = found.dateline;
    paragraphs[0] = paragraphs[0].slice(found.length);
  }
  const body = new CleanTextBuilder();
  let cursor = Math.max(0, html.search(/<body\b/i));
  for (const paragraph of paragraphs) cursor = appendAligned(body.paragraph(), paragraph, html, cursor);
  const text = body.toString();
  // Text without a single word (tag soup, stray markup) is no article.
  if (!/\p{L}{2}/u.test(text)) throw new IngestError('HTML without readable text (malformed or empty page)');
  const captions = collapseCaptions(blocks.captions.map(toCaption), text);
  // Metadata first, then a date printed above the text, then the text itself.
  const metaDate = meta.published && normalizeDate(meta.published.value);
  const declaredDate: Published | null =
    metaDate && meta.published ? { value: metaDate, how: 'metadata', source: meta.published.source } : null;
  const printed: Published | null = printedDate
    ? { value: printedDate.value, how: 'text', source: 'date line above the text' }
    : null;
  const known = options.known ?? {};
  const byline = firstNonEmpty(
    known.byline,
    meta.byline?.names,
    printedByline,
    // Readability looks for the byline inside the article; our visible-byline search covers the whole page.
    parseByline(readability?.byline ?? ''),
    meta.visibleByline?.names,
  );
  return makeArticle({
    id,
    source,
    text,
    dek: dekOf(meta.dek, text),
    // Readability answers "" for a page without a title: no title is null, as in every other format.
    title: known.title ?? (readability?.title?.trim() || meta.title || document.title.trim() || null),
    byline,
    publisher: known.publisher ?? meta.publisher ?? readability?.siteName ?? null,
    published: known.published ?? declaredDate ?? printed ?? publishedFromText(text, captions, dateline),
    dateline,
    captions,
    offsets: body.offsets,
  });
}
