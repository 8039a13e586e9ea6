import {
  type Article,
  type Caption,
  type Dateline,
  type Published,
  SCHEMA_VERSION,
  type Source,
} from '../doc/schema.js';
import type { OffsetSegment } from './clean-text.js';

export interface ArticleParts {
  id: string;
  source: Source;
  text: string;
  title?: string | null;
  dek?: string | null;
  byline?: string[];
  publisher?: string | null;
  published?: Published | null;
  dateline?: Dateline | null;
  captions?: Caption[];
  offsets?: OffsetSegment[];
}

const UNKNOWN: Published = { value: null, how: null };

/** An `Article` with every field of the contract present (null or empty where unknown). */
export function makeArticle(parts: ArticleParts): Article {
  return {
    schema: SCHEMA_VERSION,
    id: parts.id,
    source: parts.source,
    title: parts.title ?? null,
    dek: parts.dek ?? null,
    byline: parts.byline ?? [],
    publisher: parts.publisher ?? null,
    published: parts.published ?? UNKNOWN,
    language: 'en',
    dateline: parts.dateline ?? null,
    text: parts.text,
    captions: parts.captions ?? [],
    ...(parts.offsets ? { offsets: parts.offsets } : {}),
  };
}
