import type { Article, Source } from '../doc/schema.js';
import { makeArticle } from './article.js';
import { contentHash } from './hash.js';

/** `--format plain`: the whole input is the body; nothing is detected or removed. */
export function plainArticle(text: string, source: Source, id = contentHash(text)): Article {
  return makeArticle({ id, source, text, offsets: [[0, 0, text.length]] });
}
