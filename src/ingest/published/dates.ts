// Explicit calendar dates and weekday names as printed in English news text.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// A month and day without a year, as in a wire dateline ("PYONGYANG, July 29 (Reuters) -").
export const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`);
// A bare weekday ("on Friday", "Saturday said", "Friday's"), not "last/next/this/every Friday" or "Fridays".
const WEEKDAY =
  /\b(?<!(?:last|next|this|every|coming|following|previous)\s)(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b(?!s\b)/g;

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
}

export interface FoundWeekday {
  start: number;
  end: number;
  /** 0 = Sunday … 6 = Saturday */
  day: number;
}

export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/** An ISO date string for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return d.toISOString().slice(0, 10);
}

/** Every full date (day, month and year) printed in `text`. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpMatchArray, value: string | null) => {
    if (value && m.index !== undefined) found.push({ start: m.index, end: m.index + m[0].length, value });
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m, isoDate(+m[3], monthIndex(m[1]), +m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m, isoDate(+m[3], monthIndex(m[2]), +m[1]));
  for (const m of text.matchAll(ISO_DATE)) add(m, isoDate(+m[1], +m[2] - 1, +m[3]));
  return found.sort((a, b) => a.start - b.start);
}

export function findWeekdays(text: string): FoundWeekday[] {
  return [...text.matchAll(WEEKDAY)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    day: WEEKDAYS.indexOf(m[0].toLowerCase()),
  }));
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
