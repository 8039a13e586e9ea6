import { z } from 'zod';
import { AnalyzedArticle, SCHEMA_VERSION } from './schema.js';

/** The JSON Schema of one line of `dateline analyze --json`, generated from the zod definitions. */
export function analyzedArticleJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://dateline.dev/schema/${SCHEMA_VERSION}.json`,
    title: 'Dateline analyzed article',
    ...z.toJSONSchema(AnalyzedArticle, { target: 'draft-2020-12', io: 'output' }),
  };
}
