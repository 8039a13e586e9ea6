// POST /api/analyze: one article given as text or HTML → its analysis (nothing is stored).
import type { AnalyzedArticle } from '../doc/schema.js';
import { contentHash } from '../ingest/hash.js';
import { htmlArticle } from '../ingest/html/index.js';
import { plainArticle } from '../ingest/plain.js';
import { textArticle } from '../ingest/text/index.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { AnalyzeInput } from './app.js';

export function analyzeWith(pipeline: Pipeline): (input: AnalyzeInput) => Promise<AnalyzedArticle> {
  return async (input) => {
    const body = input.html ?? input.text ?? '';
    const id = contentHash(body);
    const isHtml = input.html !== undefined && input.format !== 'plain' && input.format !== 'text';
    const source = {
      format: isHtml ? ('html' as const) : ('text' as const),
      ...(input.url ? { url: input.url } : {}),
    };
    const article = isHtml
      ? htmlArticle(body, source, id)
      : input.format === 'plain'
        ? plainArticle(body, source, id)
        : textArticle(body, source, id);
    if (input.title) article.title = input.title;
    if (input.published) article.published = { value: input.published, how: 'given' };
    return pipeline.run(article);
  };
}
