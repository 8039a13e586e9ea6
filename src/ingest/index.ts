import { readFile } from 'node:fs/promises';
import { plainArticle } from './plain.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from './types.js';

export { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from './types.js';

/** Reads every input (files; more kinds to come) and yields one result per article or failure, in order. */
export async function* readInputs(
  inputs: readonly string[],
  options: IngestOptions = { format: 'auto', maxBytes: DEFAULT_MAX_BYTES },
): AsyncGenerator<IngestResult> {
  for (const input of inputs) {
    try {
      const bytes = await readFile(input);
      const text = bytes.toString('utf8');
      const article = plainArticle(text, { path: input, format: 'text' });
      if (options.published) article.published = { value: options.published, how: 'given' };
      yield { ok: true, input, article };
    } catch (error) {
      yield { ok: false, input, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
