// Calendar dates stated in the text: full dates, month-year, months, years, decades, centuries.

import {
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  parseYmd,
  weekday,
} from '../calendar.js';
import { alternation, timeLexicon } from '../lexicon.js';
import { resolveMonth, resolveYearless } from '../resolve.js';
import type { Found, Resolver, Rule } from '../rule.js';
import { capitalized, monthOf, ordinalOf, seasonOf, weekdayOf } from '../words.js';
import { SPELLED_YEAR, spelledYear } from './named.js';

export const YEAR = '(?:1[6-9]|20)\\d{2}';
const MOD = '(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[-\\s]+)';
const HALF_OF = '(?:(?:first|second|last|latter)\\s+half\\s+of\\s+(?:the\\s+)?)';
// Words before a bare "May"/"March" that make it a month rather than a verb or a noun.
const MONTH_CUE =
  /\b(?:in|since|until|till|by|from|through|before|after|during|of|last|next|this|early|late|mid|between|and|to|or|on)\s*$/i;
// "the March accession", "the May elections": the month modifying a lower-case noun (a protest is
// "the March on Washington", "the March was peaceful").
const THE_BEFORE = /\bthe\s+$/i;
let nounAfterRegex: RegExp | undefined;
function nounAfter(): RegExp {
  nounAfterRegex ??= new RegExp(
    `^\\s+(?!(?:${alternation(timeLexicon().monthModifierStops)})\\b)[a-z]{3,}\\b`,
  );
  return nounAfterRegex;
}

function fullDate(
  y: number,
  m: number,
  d: number,
  stated: boolean,
  r: Resolver,
  dayName?: string,
): Found | null {
  if (stated) return isValidDay(y, m, d) ? { type: 'DATE', value: formatDay({ y, m, d }) } : null;
  if (!r.anchor)
    return { type: 'DATE', value: `XXXX-${formatMonth(0, m).slice(5)}-${String(d).padStart(2, '0')}` };
  // A weekday printed with the date ("Friday, Aug. 7") picks the year in which it falls on that day.
  const wd = dayName ? weekdayOf(dayName) : undefined;
  const anchor = r.anchor;
  const fitting = [anchor.y, anchor.y - 1, anchor.y + 1].find(
    (year) => wd !== undefined && isValidDay(year, m, d) && weekday({ y: year, m, d }) === wd,
  );
  if (fitting !== undefined)
    return { type: 'DATE', value: formatDay({ y: fitting, m, d }), anchoredTo: 'published' };
  // "last Oct. 23" / "next Jan. 2" say the direction themselves.
  const rel = /\b(last|next)\s+$/i.exec(r.before())?.[1].toLowerCase();
  const date = resolveYearless(anchor, m, d, rel ? (rel === 'last' ? 'past' : 'future') : r.tense());
  return date ? { type: 'DATE', value: formatDay(date), anchoredTo: 'published' } : null;
}

/**
 * A year (or a capitalized "Today") right after a capitalized word inside a sentence is part of a
 * name ("a venture called Orion 1980", "Windows 95", "USA Today"), unless the word is itself a time
 * word ("July 1990").
 */
export function isNamePart(before: string): boolean {
  const m = /(\S+)\s+([A-Z][A-Za-z]+)\s+$/.exec(before);
  if (!m || /[.!?:;"'`]$/.test(m[1])) return false;
  const word = m[2];
  return (
    !monthOf(word) && !weekdayOf(word) && !seasonOf(word) && !timeLexicon().holidays.has(word.toLowerCase())
  );
}

export const dateRules: Rule[] = [
  {
    name: 'month-day-year',
    pattern: `(?<week>the\\s+week\\s+of\\s+)?(?:(?<wd>{weekday}),?\\s+)?(?<month>{month})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>${YEAR}))?`,
    build(m, r) {
      const month = monthOf(m.groups?.month ?? '');
      if (!month || !capitalized(m.groups?.month ?? '')) return null;
      const year = m.groups?.year;
      const date = fullDate(
        year ? Number(year) : 0,
        month,
        Number(m.groups?.day),
        year !== undefined,
        r,
        m.groups?.wd,
      );
      // "the week of March 6" is that day's ISO week.
      const day = m.groups?.week && date ? parseYmd(date.value) : null;
      return date && day ? { ...date, value: formatWeek(day) } : date;
    },
  },
  {
    // "April 24 and 25": the second day of a coordinated pair, in the first one's month.
    name: 'coordinated-day',
    pattern: '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?',
    build(m, r) {
      const first = /(\p{L}+)\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and|or)\s+$/u.exec(r.before());
      const month = first ? monthOf(first[1]) : undefined;
      const reference = r.reference(/^\d{4}-\d{2}-\d{2}$/);
      if (!first || !month || !capitalized(first[1]) || !reference) return null;
      if (/^(?:[.,]\d|\s*(?:%|percent|points?|cents?|million|billion)\b)/.test(r.after())) return null;
      if (Number(reference.slice(5, 7)) !== month) return null;
      const y = Number(reference.slice(0, 4));
      const d = Number(m.groups?.day);
      if (!isValidDay(y, month, d)) return null;
      return {
        type: 'DATE',
        value: formatDay({ y, m: month, d }),
        anchoredTo: 'reference',
        anchor: reference,
      };
    },
  },
  {
    name: 'day-month-year',
    pattern: `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>{month})(?:,?\\s+(?<year>${YEAR}))?`,
    build(m, r) {
      const month = monthOf(m.groups?.month ?? '');
      if (!month || !capitalized(m.groups?.month ?? '')) return null;
      const year = m.groups?.year;
      return fullDate(year ? Number(year) : 0, month, Number(m.groups?.day), year !== undefined, r);
    },
  },
  {
    name: 'numeric-date',
    pattern: `(?<y>${YEAR})-(?<m>[01]\\d)-(?<d>[0-3]\\d)|(?<m2>1[0-2]|0?[1-9])/(?<d2>[0-3]?\\d)/(?<y2>\\d{4}|\\d{2})`,
    build(m) {
      const g = m.groups ?? {};
      const yText = g.y ?? g.y2 ?? '';
      const y = yText.length === 2 ? 1900 + Number(yText) + (Number(yText) < 30 ? 100 : 0) : Number(yText);
      const month = Number(g.m ?? g.m2);
      const d = Number(g.d ?? g.d2);
      return isValidDay(y, month, d) ? { type: 'DATE', value: formatDay({ y, m: month, d }) } : null;
    },
  },
  {
    name: 'month-year',
    pattern: `${MOD}?(?<month>{month}),?\\s+(?:of\\s+)?(?:(?<year>${YEAR})|${SPELLED_YEAR})`,
    build(m) {
      const month = monthOf(m.groups?.month ?? '');
      const year = m.groups?.year ?? spelledYear(m.groups ?? {});
      if (!month || !year || !capitalized(m.groups?.month ?? '')) return null;
      return { type: 'DATE', value: formatMonth(Number(year), month) };
    },
  },
  {
    name: 'month',
    pattern: `(?<mod>${MOD})?(?<month>{month})`,
    build(m, r) {
      const word = m.groups?.month ?? '';
      const month = monthOf(word);
      if (!month || !capitalized(word)) return null;
      if (!m.groups?.mod && isDotlessAbbreviation(word)) return null; // "Jan" alone is more often a name
      const modifiesNoun = THE_BEFORE.test(r.before()) && nounAfter().test(r.after());
      if (isAmbiguousMonth(word) && !m.groups?.mod && !MONTH_CUE.test(r.before()) && !modifiesNoun)
        return null;
      if (!r.anchor) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}` };
      return {
        type: 'DATE',
        value: formatMonth(resolveMonth(r.anchor, month, r.tense()), month),
        anchoredTo: 'published',
      };
    },
  },
  {
    name: 'year',
    pattern: `(?:(?:the\\s+)?(?:early|mid|late|fiscal|calendar|(?:the\\s+)?year)[-\\s]+|(?:pre|post)-)?(?<year>${YEAR})(?!-\\d|\\s*(?:%|percent))`,
    build(m, r) {
      if (/[$€£#]\s*$|\d[.,]?$|No\.\s*$/i.test(r.before())) return null;
      if (/^[.,]\d/.test(r.after())) return null;
      if (isNamePart(r.before())) return null;
      return { type: 'DATE', value: m.groups?.year ?? '' };
    },
  },
  {
    name: 'decade',
    // "the last half of the '80s" stays at decade granularity, as TimeML writes part of a decade.
    pattern: `(?:the\\s+)?(?:${MOD}|${HALF_OF})?(?:(?<full>(?:1[6-9]|20)\\d0)|'(?<short>\\d0))'?s`,
    build(m) {
      const full = m.groups?.full;
      const value = full ? full.slice(0, 3) : `19${(m.groups?.short ?? '').slice(0, 1)}`;
      return { type: 'DATE', value };
    },
  },
  {
    name: 'century',
    pattern: '(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?<ord>{ordinal})[-\\s]century',
    build(m) {
      const n = ordinalOf(m.groups?.ord ?? '');
      return n ? { type: 'DATE', value: formatYear(n - 1).slice(2) } : null;
    },
  },
];

/** "Jan", "Sept": a month key without a dot that abbreviates a longer key. */
function isDotlessAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('.')) return false;
  for (const key of timeLexicon().months.keys()) if (key !== w && key.startsWith(w)) return true;
  return false;
}

function isAmbiguousMonth(word: string): boolean {
  return timeLexicon().ambiguousMonths.has(word.toLowerCase());
}
