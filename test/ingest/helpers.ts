import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/doc/schema.js';
import { readInputs } from '../../src/ingest/index.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from '../../src/ingest/types.js';

/** A fresh temporary directory with the given files (name → content). */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export async function readAll(
  inputs: string[],
  options: Partial<IngestOptions> = {},
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const r of readInputs(inputs, { format: 'auto', maxBytes: DEFAULT_MAX_BYTES, ...options }))
    results.push(r);
  return results;
}

export async function readOne(path: string, options: Partial<IngestOptions> = {}): Promise<Article> {
  const [result] = await readAll([path], options);
  if (!result.ok) throw new Error(`${result.input}: ${result.error}`);
  return result.article;
}

/** Every offset segment maps body text to identical source text. */
export function expectOffsetsExact(article: Article, source: string): void {
  for (const [textStart, sourceStart, length] of article.offsets ?? []) {
    const a = article.text.slice(textStart, textStart + length);
    const b = source.slice(sourceStart, sourceStart + length);
    if (a !== b) throw new Error(`offset segment differs: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
}
