// Inferring a publication date the article does not state.
//
// The rule (news writing dates recent events by weekday, older ones by calendar date):
//   D = the latest full date (day, month, year) printed anywhere in the article (body or captions).
//   W = the weekday names used bare in the article ("on Friday", "Saturday said"; not "last Friday",
//       "next Friday", "Fridays").
//   Every candidate P in D … D+6 places each weekday of W on its most recent occurrence on or before P;
//   the publication date is the P for which those occurrences span the fewest days (ties: the earlier P).
// Without a full date, or without a bare weekday, nothing is inferred: a full date alone is only a
// lower bound. A wire dateline's "July 29" without a year takes the year that puts it on or after D.
// In the seed, D = July 28, 2023 (a Friday, from the caption) and W = {Saturday, Friday, Thursday}:
// P = Saturday July 29 spans Thursday 27 … Saturday 29, the tightest window, so 2023-07-29.
import type { EvidenceSpan, Published } from '../../doc/schema.js';
import {
  addDays,
  type FoundDate,
  findDates,
  findWeekdays,
  isoDate,
  MONTH_DAY,
  monthIndex,
  weekdayOf,
} from './dates.js';

/** A string the inference may read, and how its evidence spans are marked. */
export interface DatedText {
  text: string;
  field: 'text' | 'caption' | 'dateline';
  caption?: number;
}

function evidence(piece: DatedText, start: number, end: number): EvidenceSpan {
  const span: EvidenceSpan = { start, end, text: piece.text.slice(start, end), field: piece.field };
  if (piece.caption !== undefined) span.caption = piece.caption;
  return span;
}

function latestDate(pieces: readonly DatedText[]): { date: FoundDate; piece: DatedText } | null {
  let best: { date: FoundDate; piece: DatedText } | null = null;
  for (const piece of pieces) {
    for (const date of findDates(piece.text))
      if (!best || date.value > best.date.value) best = { date, piece };
  }
  return best;
}

/** The publication date from a dateline's month and day, in the year that puts it on or after `after`. */
function datelineDate(m: RegExpExecArray, after: string): string | null {
  const year = +after.slice(0, 4);
  const sameYear = isoDate(year, monthIndex(m[1]), +m[2]);
  if (sameYear && sameYear >= after) return sameYear;
  return isoDate(year + 1, monthIndex(m[1]), +m[2]);
}

function tightestWeekdayWindow(latest: string, weekdays: readonly number[]): string {
  let best = { value: latest, spread: Number.POSITIVE_INFINITY };
  for (let k = 0; k < 7; k++) {
    const candidate = addDays(latest, k);
    const back = weekdays.map((day) => (weekdayOf(candidate) - day + 7) % 7);
    const spread = Math.max(...back);
    if (spread < best.spread) best = { value: candidate, spread };
  }
  return best.value;
}

/** `dateline` is the wire dateline's text when the article has one. */
export function inferPublished(pieces: readonly DatedText[], dateline?: DatedText): Published | null {
  const latest = latestDate(pieces);
  if (!latest) return null;
  const latestEvidence = evidence(latest.piece, latest.date.start, latest.date.end);
  const monthDay = dateline && MONTH_DAY.exec(dateline.text);
  if (dateline && monthDay) {
    const value = datelineDate(monthDay, latest.date.value);
    if (value) {
      const printed = evidence(dateline, monthDay.index, monthDay.index + monthDay[0].length);
      return {
        value,
        how: 'inferred',
        source: 'dateline month and day',
        evidence: [printed, latestEvidence],
      };
    }
  }
  const weekdays = pieces.flatMap((piece) => findWeekdays(piece.text).map((w) => ({ w, piece })));
  if (weekdays.length === 0) return null;
  const value = tightestWeekdayWindow(
    latest.date.value,
    weekdays.map(({ w }) => w.day),
  );
  return {
    value,
    how: 'inferred',
    source: 'latest full date and weekday references',
    evidence: [latestEvidence, ...weekdays.map(({ w, piece }) => evidence(piece, w.start, w.end))],
  };
}
