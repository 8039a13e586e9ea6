// Inputs → articles: expands the inputs, reads and decodes each one, recognises its format and hands
// it to the extractor for that format. One result per article or per failure, in input order;
// a failure never stops the batch.
import iconv from 'iconv-lite';
import type { Article } from '../doc/schema.js';
import { IngestError, reasonOf } from './errors.js';
import { feedArticles } from './feed/index.js';
import { contentHash } from './hash.js';
import { htmlArticle } from './html/index.js';
import { binaryKind } from './input/binary.js';
import { bomOf } from './input/bom.js';
import { decode } from './input/decode.js';
import { expandInputs } from './input/expand.js';
import { type Loaded, load } from './input/load.js';
import { type ConcreteFormat, formatOf } from './input/sniff.js';
import { jsonlResults } from './jsonl/index.js';
import { plainArticle } from './plain.js';
import { formatExcess } from './size.js';
import { textArticle } from './text/index.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from './types.js';

export { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from './types.js';

function headText(head: Buffer): string {
  const bom = bomOf(head);
  return bom ? iconv.decode(head.subarray(bom.length), bom.encoding) : head.toString('utf8');
}

function chooseFormat(loaded: Loaded, path: string | null, options: IngestOptions): ConcreteFormat {
  if (options.format !== 'auto') return options.format;
  const sniffed = formatOf(headText(loaded.head), path);
  if (sniffed === 'xml') throw new IngestError('XML document that is not an RSS or Atom feed');
  return sniffed;
}

async function wholeText(loaded: Loaded, options: IngestOptions): Promise<{ bytes: Buffer; text: string }> {
  if (loaded.size > options.maxBytes) {
    throw new IngestError(
      `too large (${formatExcess(loaded.size, options.maxBytes)}; raise it with --max-size)`,
    );
  }
  const bytes = await loaded.whole();
  const { text } = decode(bytes);
  if (text.trim() === '') throw new IngestError('empty file (only whitespace)');
  return { bytes, text };
}

function ok(input: string, article: Article): IngestResult {
  return { ok: true, input, article };
}

async function* readOne(
  input: string,
  path: string | null,
  options: IngestOptions,
): AsyncGenerator<IngestResult> {
  const loaded = await load(path);
  if (loaded.size === 0) throw new IngestError('empty file');
  const binary = binaryKind(loaded.head);
  if (binary) throw new IngestError(`binary file (${binary}), not an article`);
  const format = chooseFormat(loaded, path, options);
  if (format === 'jsonl') {
    yield* jsonlResults(input, loaded, options);
    return;
  }
  const { bytes, text } = await wholeText(loaded, options);
  const id = contentHash(bytes);
  if (format === 'html') yield ok(input, htmlArticle(text, { path: input, format: 'html' }, id));
  else if (format === 'text') yield ok(input, textArticle(text, { path: input, format: 'text' }, id));
  else if (format === 'plain') yield ok(input, plainArticle(text, { path: input, format: 'text' }, id));
  else yield* feedArticles(text, input);
}

/** Reads every input (files, directories, "-" for stdin) and yields one result per article or failure, in order. */
export async function* readInputs(
  inputs: readonly string[],
  options: IngestOptions = { format: 'auto', maxBytes: DEFAULT_MAX_BYTES },
): AsyncGenerator<IngestResult> {
  for await (const entry of expandInputs(inputs)) {
    if ('error' in entry) {
      yield { ok: false, input: entry.input, error: entry.error };
      continue;
    }
    try {
      for await (const result of readOne(entry.input, entry.path, options)) {
        if (result.ok && options.published)
          result.article.published = { value: options.published, how: 'given' };
        yield result;
      }
    } catch (error) {
      yield { ok: false, input: entry.input, error: reasonOf(error) };
    }
  }
}
