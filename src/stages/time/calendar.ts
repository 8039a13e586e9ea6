// Calendar arithmetic on plain dates (UTC, no time zone): ISO weeks, quarters, shifting by units,
// and TimeML value formatting.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Reads the date part of "YYYY-MM-DD[T…]"; null when it is not a full date. */
export function parseYmd(value: string | null): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toDate(a: Ymd): Date {
  return new Date(Date.UTC(a.y, a.m - 1, a.d));
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(a: Ymd, days: number): Ymd {
  const date = toDate(a);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, months: number): Ymd {
  const index = a.y * 12 + (a.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(a: Ymd): number {
  return ((toDate(a).getUTCDay() + 6) % 7) + 1;
}

export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000);
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(dayDiff(thursday, jan1) / 7) + 1 };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function quarter(a: Ymd): number {
  return Math.floor((a.m - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (a: Ymd): string => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
export function formatWeek(a: Ymd): string {
  const { year, week } = isoWeek(a);
  return `${pad(year, 4)}-W${pad(week)}`;
}
export const formatQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
