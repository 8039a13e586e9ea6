// Dates named rather than numbered: holidays, years and decades in words ("nineteen ninety-six",
// "the nineties"), and the end of the year.
import {
  addDays,
  daysInMonth,
  easterSunday,
  formatDay,
  formatWeek,
  formatYear,
  weekday,
  type Ymd,
} from '../calendar.js';
import { timeLexicon } from '../lexicon.js';
import { resolveYearless } from '../resolve.js';
import type { Rule } from '../rule.js';
import { numberOf, unitOf } from '../words.js';

/**
 * The date of a holiday in a year, from its lexicon rule (MM-DD, MM/weekday/nth[+days], or E±days
 * from Easter Sunday).
 */
export function holidayDate(rule: string, y: number): Ymd | null {
  const easter = /^E([+-]\d+)?$/.exec(rule);
  if (easter) return addDays(easterSunday(y), Number(easter[1] ?? 0));
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { y, m: Number(fixed[1]), d: Number(fixed[2]) };
  const floating = /^(\d{2})\/(\d)\/(-?\d)(?:\+(\d))?$/.exec(rule);
  if (!floating) return null;
  const [m, wd, nth, after] = [1, 2, 3, 4].map((i) => Number(floating[i] ?? 0));
  if (nth > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1) + after);
  }
  const end = { y, m, d: daysInMonth(y, m) };
  return addDays(end, after - ((weekday(end) - wd + 7) % 7));
}

const CENTURIES = new Set(['18', '19', '20']);

/** A year in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand one". */
export const SPELLED_YEAR =
  '(?<century>{number})[\\s-]+(?<rest>{number}|thousand(?:\\s+(?:and\\s+)?(?<ones>{number}))?)';

/** The year (YYYY) of a `SPELLED_YEAR` match, or null when the words are not a year. */
export function spelledYear(g: Record<string, string | undefined>): string | null {
  const words = `${g.century ?? ''} ${g.rest ?? ''}`;
  if (!g.century || /\d/.test(words)) return null;
  if (/^thousand/i.test(g.rest ?? '')) {
    const ones = g.ones ? Number(numberOf(g.ones)) : 0;
    return numberOf(g.century) === '2' && ones < 100 ? formatYear(2000 + ones) : null;
  }
  const century = numberOf(g.century) ?? '';
  const rest = Number(numberOf(g.rest ?? ''));
  return CENTURIES.has(century) && rest >= 10 && rest <= 99 ? `${century}${rest}` : null;
}

export const namedRules: Rule[] = [
  {
    name: 'holiday',
    // "Thanksgiving week", "Easter week": the (ISO) week of the holiday.
    pattern: '(?:(?<rel>last|this|next)\\s+)?(?<name>{holiday})(?<week>\\s+week\\b)?',
    build(m, r) {
      const rule = timeLexicon().holidays.get((m.groups?.name ?? '').toLowerCase().replace(/\s+/g, ' '));
      if (!rule || !/^[A-Z]/.test(m.groups?.name ?? '') || !r.anchor) return null;
      const thisYear = holidayDate(rule, r.anchor.y);
      if (!thisYear) return null;
      const rel = (m.groups?.rel ?? '').toLowerCase();
      const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : r.tense();
      const date = resolveYearless(r.anchor, thisYear.m, thisYear.d, tense);
      const exact = date ? holidayDate(rule, date.y) : null;
      if (!exact) return null;
      return {
        type: 'DATE',
        value: m.groups?.week ? formatWeek(exact) : formatDay(exact),
        anchoredTo: 'published',
      };
    },
  },
  {
    name: 'spelled-year',
    pattern: `(?:the\\s+year\\s+)?${SPELLED_YEAR}`,
    build(m, r) {
      // "two thousand years" is a count of years, not the year 2000.
      if (unitOf(/^[\s-]*([a-z]+)/i.exec(r.after())?.[1] ?? '')) return null;
      const year = spelledYear(m.groups ?? {});
      return year ? { type: 'DATE', value: year } : null;
    },
  },
  {
    name: 'decade-word',
    pattern: '(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?<word>{decadeword})',
    build(m) {
      const digit = timeLexicon().decadeWords.get((m.groups?.word ?? '').toLowerCase());
      return digit === undefined || !/^the\b/i.test(m[0]) ? null : { type: 'DATE', value: `19${digit}` };
    },
  },
  {
    name: 'year-end',
    pattern: "(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?year|year[-\\s]end|year's\\s+end)",
    build(_m, r) {
      return r.anchor ? { type: 'DATE', value: formatYear(r.anchor.y), anchoredTo: 'published' } : null;
    },
  },
];
