// News anchoring rules: how a weekday, a year-less date or a relative unit is placed on the
// calendar given the document creation time (DCT) and the tense of its clause.
import {
  addDays,
  addMonths,
  dayDiff,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  isValidDay,
  quarter,
  weekday,
  type Ymd,
} from './calendar.js';
import type { Tense } from './rule.js';

/**
 * A bare weekday: in a past-tense clause the most recent such day on or before the DCT, in a
 * future-tense clause the next one on or after it, in a present-tense clause the nearer one; "last" is strictly before, "next" strictly
 * after, "this" is the day in the DCT's week.
 */
export function resolveWeekday(anchor: Ymd, day: number, tense: Tense, relation?: string): Ymd {
  const today = weekday(anchor);
  const back = (today - day + 7) % 7; // days back to the most recent such day (0 = today)
  const ahead = (day - today + 7) % 7;
  switch (relation) {
    case 'last':
    case 'past':
    case 'previous':
      return addDays(anchor, -(back || 7));
    case 'next':
    case 'coming':
      return addDays(anchor, ahead || 7);
    case 'this':
      return addDays(anchor, day - today);
    default:
      if (tense === 'future') return addDays(anchor, ahead);
      if (tense === 'past' || back <= ahead) return addDays(anchor, -back);
      return addDays(anchor, ahead);
  }
}

/**
 * A month and day without a year: the year that keeps the date nearest to the DCT, in the
 * tense's direction (past: on or before it, future: on or after it) unless the date the other
 * way is several times nearer.
 */
export function resolveYearless(anchor: Ymd, month: number, day: number, tense: Tense): Ymd | null {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1]
    .filter((y) => isValidDay(y, month, day))
    .map((y) => ({ y, m: month, d: day }));
  return pickByTense(anchor, candidates, tense);
}

/** A month without a year, at month granularity: same direction rule as `resolveYearless`. */
export function resolveMonth(anchor: Ymd, month: number, tense: Tense): number {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1].map((y) => ({ y, m: month, d: 15 }));
  const here = { ...anchor, d: 15 };
  return (pickByTense(here, candidates, tense) ?? here).y;
}

// How much closer a date against the clause's tense must be to win over one in its direction:
// news rarely gives a year-less date far from the DCT, and tense detection is not perfect.
// 3.2–4 score the same on TBAQ (3 put "will fly in December", said in March, three months back).
const AGAINST_TENSE_PENALTY = 3.5;
const PRESENT_AHEAD_PENALTY = 1.5;

function pickByTense(anchor: Ymd, candidates: Ymd[], tense: Tense): Ymd | null {
  let best: Ymd | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const diff = dayDiff(c, anchor);
    const against = (tense === 'past' && diff > 0) || (tense === 'future' && diff < 0);
    // Without a tense, news reports more past than future: a later date must be clearly nearer.
    const ahead = tense === 'present' && diff > 0;
    const distance = Math.abs(diff) * (against ? AGAINST_TENSE_PENALTY : ahead ? PRESENT_AHEAD_PENALTY : 1);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** The value of the calendar unit containing `date`, at that unit's granularity. */
export function unitValue(date: Ymd, unit: string): string | null {
  switch (unit) {
    case 'D':
      return formatDay(date);
    case 'W':
      return formatWeek(date);
    case 'WE':
      return `${formatWeek(date)}-WE`;
    case 'M':
      return formatMonth(date.y, date.m);
    case 'Q':
      return formatQuarter(date.y, quarter(date));
    case 'Y':
      return formatYear(date.y);
    case 'DE':
      return formatYear(date.y).slice(0, 3);
    case 'CE':
      return formatYear(date.y).slice(0, 2);
    default:
      return null;
  }
}

/** Moves a date by `n` calendar units. */
export function shiftDate(date: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case 'D':
      return addDays(date, n);
    case 'W':
    case 'WE':
      return addDays(date, 7 * n);
    case 'M':
      return addMonths(date, n);
    case 'Q':
      return addMonths(date, 3 * n);
    case 'Y':
      return addMonths(date, 12 * n);
    case 'DE':
      return addMonths(date, 120 * n);
    case 'CE':
      return addMonths(date, 1200 * n);
    default:
      return date;
  }
}

/**
 * Moves a TimeML date value (year, month, day, quarter, half, season or week granularity) by `n`
 * units of `unit`, keeping its granularity: 1989-Q3 minus one year is 1988-Q3.
 */
export function shiftValue(value: string, unit: string, n: number): string | null {
  const year = /^(\d{4})(.*)$/.exec(value);
  if (!year) return null;
  const y = Number(year[1]);
  const rest = year[2];
  if (unit === 'Y') return rest === '-02-29' ? null : `${formatYear(y + n)}${rest}`;
  const day = /^-(\d{2})-(\d{2})$/.exec(rest);
  if (day) return formatDay(shiftDate({ y, m: Number(day[1]), d: Number(day[2]) }, unit, n));
  const month = /^-(\d{2})$/.exec(rest);
  if (month && (unit === 'M' || unit === 'Q')) {
    return unitValue(shiftDate({ y, m: Number(month[1]), d: 1 }, unit, n), 'M');
  }
  const q = /^-Q(\d)$/.exec(rest);
  if (q && (unit === 'Q' || unit === 'M')) {
    return unitValue(shiftDate({ y, m: (Number(q[1]) - 1) * 3 + 1, d: 1 }, unit, n), 'Q');
  }
  return null;
}
