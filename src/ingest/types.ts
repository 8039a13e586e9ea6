import type { Article } from '../doc/schema.js';

/** How to read an input: `auto` sniffs; `plain` takes the whole input as body text. */
export const INPUT_FORMATS = ['auto', 'html', 'text', 'plain', 'feed', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface IngestOptions {
  format: InputFormat;
  /** Overrides the publication date (`published.how = "given"`). */
  published?: string;
  /** Largest accepted article, in bytes; larger inputs are refused, never truncated. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type IngestResult =
  | { ok: true; input: string; article: Article }
  | { ok: false; input: string; error: string };
