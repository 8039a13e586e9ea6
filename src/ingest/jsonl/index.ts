// A JSON Lines file: each non-blank line one article; a broken line is an error naming `file:line`
// and the other lines still give their articles. A file holding one JSON object or an array of
// objects (pretty-printed .json) is read the same way, one article per object.

import { reasonOf } from '../errors.js';
import type { Loaded } from '../input/load.js';
import { formatExcess } from '../size.js';
import type { IngestOptions, IngestResult } from '../types.js';
import { recordArticle } from './record.js';

async function* wholeJsonRecords(loaded: Loaded): AsyncGenerator<{ line: string; number: number }> {
  const text = (await loaded.whole()).toString('utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) yield { line, number: i + 1 };
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (const [i, record] of records.entries()) yield { line: JSON.stringify(record), number: i + 1 };
}

async function* streamedLines(loaded: Loaded): AsyncGenerator<{ line: string; number: number }> {
  let number = 0;
  for await (const line of loaded.lines()) yield { line: line.replace(/^\uFEFF/, ''), number: ++number };
}

export async function* jsonlResults(
  input: string,
  loaded: Loaded,
  options: IngestOptions,
): AsyncGenerator<IngestResult> {
  // Small files may be one pretty-printed JSON document; large ones are streamed line by line.
  const lines = loaded.size <= options.maxBytes ? wholeJsonRecords(loaded) : streamedLines(loaded);
  for await (const { line, number } of lines) {
    if (line.trim() === '') continue;
    const where = `${input}:${number}`;
    if (Buffer.byteLength(line) > options.maxBytes) {
      yield {
        ok: false,
        input: where,
        error: `record too large (${formatExcess(Buffer.byteLength(line), options.maxBytes)})`,
      };
      continue;
    }
    try {
      yield { ok: true, input, article: recordArticle(line, input, number - 1) };
    } catch (error) {
      yield { ok: false, input: where, error: reasonOf(error) };
    }
  }
}
