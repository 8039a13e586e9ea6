import { findDates, isoDate, monthIndex } from './dates.js';

// ISO 8601 and the common "2017-11-03 03:01:00.000000" variant: the local time as written is kept
// (with its offset when there is one) rather than converted to UTC, so the calendar date stays the
// one the publisher printed.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// RFC 822 as used by RSS: "Tue, 10 Jun 2003 04:00:00 GMT" / "+0200".
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,4})?)?/;

function zone(z: string | undefined): string {
  if (!z) return '';
  if (z === 'Z' || z === 'GMT' || z === 'UT' || z === 'UTC') return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}:${m[2]}` : '';
}

function compose(date: string, h?: string, min?: string, s?: string, z?: string): string {
  if (h === undefined || min === undefined) return date;
  return `${date}T${h.padStart(2, '0')}:${min}${s ? `:${s}` : ''}${zone(z)}`;
}

/** A metadata date string as `YYYY-MM-DD[THH:MM[:SS][zone]]`, or null when it is not a date. */
export function normalizeDate(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const date = isoDate(+iso[1], +iso[2] - 1, +iso[3]);
    return date && compose(date, iso[4], iso[5], iso[6], iso[7]);
  }
  const rfc = RFC822.exec(value);
  if (rfc && monthIndex(rfc[2]) >= 0) {
    const year = rfc[3].length === 2 ? 2000 + +rfc[3] : +rfc[3];
    const date = isoDate(year, monthIndex(rfc[2]), +rfc[1]);
    return date && compose(date, rfc[4], rfc[5], rfc[6], rfc[7]);
  }
  const printed = findDates(value)[0];
  if (printed) return printed.value;
  // Unix epoch seconds or milliseconds (some CMSs put these in meta tags).
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = value.length === 10 ? +value * 1000 : +value;
    return new Date(ms).toISOString().slice(0, 19).concat('Z');
  }
  return null;
}
