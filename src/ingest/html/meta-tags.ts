// <meta> tags: OpenGraph and article:*, Dublin Core, Parse.ly, Sailthru and the common ad-hoc names.

import { parseByline } from '../byline.js';
import type { DomDocument } from './dom.js';
import type { HtmlMetadata } from './metadata-types.js';

// In order of preference.
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
];
const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];

/** Every meta tag's content by its lower-cased name, property or itemprop (all values, in order). */
function metaMap(document: DomDocument): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = ['property', 'name', 'itemprop'].flatMap((a) =>
      (meta.getAttribute(a) ?? '').toLowerCase().split(/\s+/),
    );
    for (const key of keys.filter(Boolean)) map.set(key, [...(map.get(key) ?? []), content]);
  }
  return map;
}

/** A Parse.ly JSON blob (`<meta name="parsely-page">`) holds the date and authors too. */
function parselyPage(map: Map<string, string[]>): { pub_date?: string; author?: string } {
  try {
    return JSON.parse(map.get('parsely-page')?.[0] ?? '{}');
  } catch {
    return {};
  }
}

export function metaTagMetadata(document: DomDocument): HtmlMetadata {
  const map = metaMap(document);
  const result: HtmlMetadata = {};
  const dateKey = DATE_KEYS.find((k) => map.has(k));
  if (dateKey) result.published = { value: map.get(dateKey)?.[0] ?? '', source: `meta:${dateKey}` };
  else if (parselyPage(map).pub_date)
    result.published = { value: parselyPage(map).pub_date ?? '', source: 'meta:parsely-page' };
  for (const key of AUTHOR_KEYS) {
    // article:author is often a profile URL rather than a name.
    const names = (map.get(key) ?? []).filter((v) => !/^https?:\/\//.test(v)).flatMap(parseByline);
    if (names.length) {
      result.byline = { names: [...new Set(names)], source: `meta:${key}` };
      break;
    }
  }
  const publisherKey = PUBLISHER_KEYS.find((k) => map.has(k));
  if (publisherKey) result.publisher = map.get(publisherKey)?.[0];
  const dek = map.get('og:description')?.[0] ?? map.get('description')?.[0];
  if (dek) result.dek = dek;
  const title = map.get('og:title')?.[0];
  if (title) result.title = title;
  return result;
}
