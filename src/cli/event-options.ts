// Parsers of the `dateline events` filters: what the API refuses with 400, the CLI refuses too
// (a mistyped date or type would otherwise answer an empty list, or --limit abc every event).
import { InvalidArgumentError } from 'commander';
import { ploverTypes } from '../knowledge/events-codebook.js';

/** `--from`/`--to`: YYYY, YYYY-MM or YYYY-MM-DD, as the API's `from`/`to`. */
export function parseQueryDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError(`not a date: "${value}" (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  return value;
}

/** `--limit`: a whole number, 0 = all. */
export function parseLimit(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`not a whole number ≥ 0: "${value}"`);
  return Number(value);
}

/** `--type`: one of the PLOVER types (any case). */
export function parseEventType(value: string): string {
  const types = Object.keys(ploverTypes());
  const type = value.toUpperCase();
  if (!types.includes(type)) {
    throw new InvalidArgumentError(`not a PLOVER event type: "${value}" (use ${types.join(', ')})`);
  }
  return type;
}

/** Parses one of `choices`. */
export function choiceParser(choices: readonly string[]): (value: string) => string {
  return (value) => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`use ${choices.join(', ')}`);
    return value;
  };
}
