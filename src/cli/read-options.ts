import { type Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES, type IngestOptions } from '../ingest/index.js';
import { INPUT_FORMATS, type InputFormat } from '../ingest/types.js';
import { parseDateOption, parseSize } from './options.js';

export interface ReadFlags {
  format: InputFormat;
  published?: string;
  maxSize: number;
}

/** The options that say how inputs are read (`--format`, `--published`, `--max-size`). */
export function addReadOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--format <format>',
        'how to read the inputs: auto sniffs each one, text is news text, plain keeps all of it as body',
      )
        .choices(INPUT_FORMATS)
        .default('auto'),
    )
    .option(
      '--published <date>',
      'publication date to use (YYYY-MM-DD), overriding what the input says',
      parseDateOption,
    )
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
