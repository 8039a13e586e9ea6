// The contract of a time grammar rule: a pattern (with lexicon placeholders) and a function that
// turns a match into a TimeML type and value, resolving relative parts through `Resolver`.
import type { Ymd } from './calendar.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Tense = 'past' | 'future' | 'present';

/** What a rule may ask about the context of its match (computed lazily). */
export interface Resolver {
  /** The document creation time, or null when unknown. */
  readonly anchor: Ymd | null;
  /** The tense of the clause around the match. */
  tense(): Tense;
  /**
   * The value of the last calendar date mentioned before the match (stated or placed against the
   * DCT, not itself derived from a reference), optionally the last one whose value matches `kind` (and passes `accept`).
   */
  reference(kind?: RegExp, accept?: (value: string) => boolean): string | null;
  /**
   * The last reporting period mentioned (a quarter, or a year-long span such as "the nine
   * months"), which "a year earlier" compares with.
   */
  period(): string | null;
  /** The text just before the match (a few words), for context checks. */
  before(): string;
  /** The text just after the match. */
  after(): string;
}

export interface Found {
  type: TimexType;
  value: string;
  /** Where an anchor was used: 'published' (the DCT) or 'reference' (an earlier date); absent when stated. */
  anchoredTo?: 'published' | 'reference';
  /** The reference value used when `anchoredTo` is 'reference'. */
  anchor?: string;
  /**
   * The reporting period this expression names, for a later "a year earlier": a quarter's value,
   * or the year of "the first nine months" (a duration).
   */
  period?: string;
  /** Mentioned in passing ("after a flat second quarter"): neither a reference nor a reporting period. */
  passing?: boolean;
}

export interface Rule {
  readonly name: string;
  /** Regex source; `{month}`, `{weekday}`, `{number}`, … are replaced by lexicon alternations. */
  readonly pattern: string;
  build(m: RegExpExecArray, r: Resolver): Found | null;
}
