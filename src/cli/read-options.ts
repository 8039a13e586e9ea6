import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, type IngestOptions } from '../ingest/index.js';
import type { InputFormat } from '../ingest/types.js';
import { parseSize } from './options.js';

export interface ReadFlags {
  format: InputFormat;
  published?: string;
  maxSize: number;
}

/** The options that say how inputs are read (`--format`, `--published`, `--max-size`). */
export function addReadOptions(command: Command): Command {
  return command
    .option('--format <format>', 'auto | html | text | plain | feed | jsonl', 'auto')
    .option('--published <date>', 'publication date to use (YYYY-MM-DD), overriding what the input says')
    .option(
      '--max-size <bytes>',
      'refuse articles larger than this (e.g. 10MB)',
      parseSize,
      DEFAULT_MAX_BYTES,
    );
}

export function readOptionsOf(flags: ReadFlags): IngestOptions {
  return { format: flags.format, published: flags.published, maxBytes: flags.maxSize };
}
