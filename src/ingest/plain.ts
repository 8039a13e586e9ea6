import { type Article, SCHEMA_VERSION, type Source } from '../doc/schema.js';
import { contentHash } from './hash.js';

/** `--format plain`: the whole input is the body; nothing is detected or removed. */
export function plainArticle(text: string, source: Source, id = contentHash(text)): Article {
  return {
    schema: SCHEMA_VERSION,
    id,
    source,
    title: null,
    dek: null,
    byline: [],
    publisher: null,
    published: { value: null, how: null },
    language: 'en',
    dateline: null,
    text,
    captions: [],
    offsets: [[0, 0, text.length]],
  };
}
