// Our metadata extraction, read before Readability (which alters the document): JSON-LD first, then
// <meta> tags, then what the page shows. For each field the first source that has it wins — except
// the visible byline, which the caller ranks below Readability's (found inside the article).
import { normalizeDate } from '../published/normalize.js';
import type { DomDocument } from './dom.js';
import { jsonLdMetadata } from './json-ld.js';
import { metaTagMetadata } from './meta-tags.js';
import type { HtmlMetadata } from './metadata-types.js';
import { visibleMetadata } from './visible.js';

export interface PageMetadata extends HtmlMetadata {
  /** A byline element found anywhere on the page ("By …", rel=author, .byline). */
  visibleByline?: HtmlMetadata['byline'];
}

export function pageMetadata(document: DomDocument): PageMetadata {
  const declared = [jsonLdMetadata(document), metaTagMetadata(document)];
  const visible = visibleMetadata(document);
  const pick = <K extends keyof HtmlMetadata>(key: K) => declared.find((s) => s[key] !== undefined)?.[key];
  return {
    title: pick('title'),
    dek: pick('dek'),
    // A date field that does not parse ("TBD", "{{date}}") gives way to the next source.
    published: [...declared, visible].map((s) => s.published).find((p) => p && normalizeDate(p.value)),
    byline: pick('byline'),
    publisher: pick('publisher'),
    visibleByline: visible.byline,
  };
}
