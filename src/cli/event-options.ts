// Parsers of the `dateline events` filters: what the API refuses with 400, the CLI refuses too
// (a mistyped date or type would otherwise answer an empty list, or --limit abc every event).
import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { ploverTypes } from '../knowledge/events-codebook.js';
import { cameoCode, code, date } from '../server/queries.js';
import { wholeNumber } from './options.js';

/** A parser that checks a value with one of the API's query schemas: `not <what>: "…" (<its message>)`. */
function bySchema<T>(schema: z.ZodType<T, string>, what: string): (value: string) => T {
  return (value) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new InvalidArgumentError(`not ${what}: "${value}" (${parsed.error.issues[0].message})`);
    return parsed.data;
  };
}

/** `--from`/`--to`: YYYY, YYYY-MM or YYYY-MM-DD, as the API's `from`/`to`. */
export const parseQueryDate = bySchema(date, 'a date');

/** `--actor`/`--target`/`--involving`: a CAMEO actor code or its prefix, as the API's. */
export const parseActorCode = bySchema(code, 'an actor code');

/** `--cameo`: a CAMEO event code or its prefix, as the API's. */
export const parseCameoCode = bySchema(cameoCode, 'a CAMEO event code');

/** `--limit`: a whole number, 0 = all. */
export const parseLimit = wholeNumber(0);

/** `--type`: one of the PLOVER types (any case). */
export function parseEventType(value: string): string {
  const types = Object.keys(ploverTypes());
  const type = value.toUpperCase();
  if (!types.includes(type)) {
    throw new InvalidArgumentError(`not a PLOVER event type: "${value}" (use ${types.join(', ')})`);
  }
  return type;
}
