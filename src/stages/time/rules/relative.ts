// Calendar units relative to the DCT or to the last mentioned date: "last week", "this year",
// "next summer", "last November", "the weekend", "two years ago", "a year earlier", "the next day".
import { addDays, formatMonth, formatYear, weekday, type Ymd } from '../calendar.js';
import { shiftDate, shiftValue, unitValue } from '../resolve.js';
import type { Found, Resolver, Rule } from '../rule.js';
import { capitalized, monthOf, numberOf, seasonOf, unitOf } from '../words.js';
import { YEAR } from './dates.js';
import { SPELLED_YEAR, spelledYear } from './named.js';

const DIRECTION: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
};

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The year of a season relative to the DCT: this one's, the last completed one's, or the next. */
function seasonYear(anchor: Ymd, code: string, direction: number): number {
  const start = SEASON_START[code] ?? 1;
  const started = anchor.m >= start;
  if (direction < 0) return started && anchor.m >= start + 3 ? anchor.y : anchor.y - 1;
  if (direction > 0) return started ? anchor.y + 1 : anchor.y;
  return anchor.y;
}

function relativeUnit(anchor: Ymd, unitWord: string, direction: number): string | null {
  const season = seasonOf(unitWord);
  if (season) return `${formatYear(seasonYear(anchor, season, direction))}-${season}`;
  const unit = unitOf(unitWord);
  if (!unit) return null;
  return unitValue(shiftDate(anchor, unit, direction), unit);
}

/** The weekend a clause refers to: the coming one in the future, else the latest one begun. */
function weekend(anchor: Ymd, r: Resolver): string | null {
  const day = weekday(anchor);
  const future = r.tense() === 'future';
  const saturday = future || day >= 6 ? addDays(anchor, 6 - day) : addDays(anchor, -1 - day);
  return unitValue(saturday, 'WE');
}

const anchored = (value: string | null, to: Found['anchoredTo'], anchor?: string): Found | null =>
  value ? { type: 'DATE', value, anchoredTo: to, anchor } : null;

export const relativeRules: Rule[] = [
  {
    name: 'this-unit',
    pattern:
      '(?:(?:earlier|later|early|late)\\s+)?(?:the\\s+)?(?<rel>this|current|last|past|previous|next|coming)\\s+(?<unit>week|month|year|quarter|weekend|decade|century|{season})',
    build(m, r) {
      // A capitalized unit is a title: ABC's "This Week".
      if (!r.anchor || /^[A-Z]/.test(m.groups?.unit ?? '')) return null;
      const rel = (m.groups?.rel ?? '').toLowerCase();
      // "the past decade" is the last ten years up to now, not the 1980s.
      if (rel === 'past' && /^(?:decade|century)$/i.test(m.groups?.unit ?? ''))
        return { type: 'DURATION', value: /^d/i.test(m.groups?.unit ?? '') ? 'P10Y' : 'P100Y' };
      return anchored(relativeUnit(r.anchor, m.groups?.unit ?? '', DIRECTION[rel] ?? 0), 'published');
    },
  },
  {
    name: 'the-weekend',
    pattern: '(?:the|this)\\s+weekend',
    build(_m, r) {
      return r.anchor ? anchored(weekend(r.anchor, r), 'published') : null;
    },
  },
  {
    name: 'month-of-relative-year',
    pattern:
      '(?:(?:early|mid|late)[-\\s]+)?(?<month>{month})\\s+(?:of\\s+)?(?<rel>this|last|next|past)\\s+year',
    build(m, r) {
      const word = m.groups?.month ?? '';
      const month = monthOf(word);
      if (!month || !capitalized(word) || !r.anchor) return null;
      const y = r.anchor.y + (DIRECTION[(m.groups?.rel ?? '').toLowerCase()] ?? 0);
      return anchored(formatMonth(y, month), 'published');
    },
  },
  {
    name: 'relative-month',
    pattern: '(?<rel>last|this|next|past)\\s+(?<month>{month})',
    build(m, r) {
      const word = m.groups?.month ?? '';
      const month = monthOf(word);
      if (!month || !capitalized(word) || !r.anchor) return null;
      if (/^\s*[0-3]?\d\b/.test(r.after())) return null; // "last Oct. 23": the date rule reads it
      const rel = (m.groups?.rel ?? '').toLowerCase();
      let y = r.anchor.y;
      // The month just ended is "last month": "last February" said in March is a year back.
      if (rel === 'last' || rel === 'past') y = month < r.anchor.m - 1 ? r.anchor.y : r.anchor.y - 1;
      if (rel === 'next') y = month > r.anchor.m ? r.anchor.y : r.anchor.y + 1;
      return anchored(formatMonth(y, month), 'published');
    },
  },
  {
    name: 'season-of-year',
    pattern: `(?:the\\s+)?(?:(?:early|late)\\s+)?(?<season>{season})\\s+(?:of\\s+)?(?:(?<year>${YEAR})|${SPELLED_YEAR})`,
    build(m) {
      const code = seasonOf(m.groups?.season ?? '');
      const year = m.groups?.year ?? spelledYear(m.groups ?? {});
      return code && year ? { type: 'DATE', value: `${year}-${code}` } : null;
    },
  },
  {
    name: 'ago',
    pattern:
      '(?:(?:more\\s+than|less\\s+than)\\s+)?(?<num>{number})\\s+(?<unit>{unit})\\s+(?<dir>ago|earlier|later|from\\s+now|hence)',
    build(m, r) {
      const n = numberOf(m.groups?.num ?? '');
      const unit = unitOf(m.groups?.unit ?? '');
      if (!n || !unit) return null;
      const dir = (m.groups?.dir ?? '').toLowerCase();
      // TimeML reads "three days later" as a duration ("three days") and a signal ("later"); only
      // "a year earlier/later", the reporting comparison, is annotated as the date it points to.
      if ((dir === 'earlier' || dir === 'later') && !(unit === 'Y' && n === '1')) return null;
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      if (n === 'X')
        return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchoredTo: 'published' };
      const steps = sign * Number(n);
      // "a year ago/earlier" after a quarter compares with that quarter (finance news);
      // "earlier"/"later" otherwise continue from the last date mentioned.
      const quarterRef = unit === 'Y' ? r.period() : null;
      const reference = quarterRef ?? (dir === 'ago' ? null : r.reference());
      if (reference) {
        const shifted = shiftValue(reference, unit, steps);
        if (shifted) return anchored(shifted, 'reference', reference);
      }
      if (!r.anchor || !Number.isInteger(steps)) return null;
      return anchored(unitValue(shiftDate(r.anchor, unit, steps), unit), 'published');
    },
  },
  {
    name: 'that-unit',
    pattern:
      '(?:(?:earlier|later)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|week|month|year|quarter)',
    build(m, r) {
      const unit = unitOf(m.groups?.unit ?? '');
      // "that quarter" is the last quarter named, even one placed by a reference.
      const period = unit === 'Q' ? r.period() : null;
      const reference = period && /-Q\d$/.test(period) ? period : r.reference(/^\d{4}/);
      if (!unit || !reference) return null;
      const [y, mo, d] = reference.split('-').map((part) => Number(part.replace(/^Q/, '')));
      if (unit === 'Q') {
        const q = /-Q(\d)$/.exec(reference)?.[1] ?? (mo ? String(Math.ceil(mo / 3)) : undefined);
        return q ? anchored(`${formatYear(y)}-Q${q}`, 'reference', reference) : null;
      }
      if (unit !== 'Y' && (!mo || Number.isNaN(mo) || /-[QHW]/.test(reference))) return null;
      // "that same day" after "last October": a day of that month, unspecified.
      if (unit === 'D' && !d) return anchored(`${formatMonth(y, mo)}-XX`, 'reference', reference);
      if (unit === 'W' && !d) return null;
      return anchored(unitValue({ y, m: mo || 1, d: d || 1 }, unit), 'reference', reference);
    },
  },
  {
    name: 'season',
    pattern: '(?:the\\s+)?(?:(?:early|late)\\s+)?(?<season>{season})',
    build(m, r) {
      const code = seasonOf(m.groups?.season ?? '');
      if (!code || !r.anchor) return null;
      if (!/^the\b/i.test(m[0]) && !/\b(?:in|during|since|until|by|through)\s*$/i.test(r.before()))
        return null;
      if (/^\s+(?:of|season|term|session|games|olympics|collection)\b/i.test(r.after())) return null;
      const started = r.anchor.m >= (SEASON_START[code] ?? 1);
      const tense = r.tense();
      const y = started || tense === 'future' ? r.anchor.y : r.anchor.y - 1;
      return anchored(`${formatYear(y)}-${code}`, 'published');
    },
  },
  {
    // "the year ended Sept. 30" is a reporting span (TimeBank: P1Y); a bare "the year" ("for the
    // year", "a high for the year") is the DCT's year.
    name: 'the-year',
    pattern:
      '(?:the\\s+)(?<fiscal>fiscal\\s+)?year(?![-\\w]|\\s+(?:ago|earlier|before|after|later|end|two|\\d)\\b)',
    build(m, r) {
      if (/^\s+(?:ended|ending)\b/.test(r.after())) return { type: 'DURATION', value: 'P1Y' };
      if (m.groups?.fiscal || !r.anchor) return null;
      return anchored(formatYear(r.anchor.y), 'published');
    },
  },
  {
    // A bare "the week" ("For the week, the index fell 2%", "the week's busiest session") is a
    // week of the DCT's year that the text does not pin down: TBAQ writes `1989-WXX` (4 of 4).
    name: 'the-week',
    pattern: 'the\\s+week(?![-\\w]|\\s+(?:of|ago|earlier|before|after|later|ahead|ended|ending)\\b)',
    build(_m, r) {
      return r.anchor ? anchored(`${formatYear(r.anchor.y)}-WXX`, 'published') : null;
    },
  },
  {
    name: 'year-of-dct',
    pattern:
      '(?:the\\s+(?:current|full|latest|past)\\s+(?:fiscal\\s+)?|the\\s+fiscal\\s+)year|earlier\\s+in\\s+the\\s+year',
    build(m, r) {
      if (!r.anchor) return null;
      const back = /latest|past/i.test(m[0]) ? 1 : 0;
      return anchored(formatYear(r.anchor.y - back), 'published');
    },
  },
  {
    name: 'following-unit',
    pattern:
      '(?:the\\s+)?(?<rel>following|next|previous|prior|preceding|same)\\s+(?<unit>day|week|month|year)',
    build(m, r) {
      const unit = unitOf(m.groups?.unit ?? '');
      if (!unit) return null;
      const rel = (m.groups?.rel ?? '').toLowerCase();
      const step = rel === 'same' ? 0 : rel === 'following' || rel === 'next' ? 1 : -1;
      // The last date at least as fine as the unit: "the following month" after "March 1989".
      const reference = r.reference(
        unit === 'D' || unit === 'W' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}(?:-\d{2})?$/,
      );
      if (reference) {
        const [y, mo, d] = reference.split('-').map(Number);
        const day = { y, m: mo, d: d || 1 };
        return anchored(unitValue(shiftDate(day, unit, step), unit), 'reference', reference);
      }
      if (!r.anchor || !/^the/i.test(m[0])) return null;
      return anchored(unitValue(shiftDate(r.anchor, unit, step), unit), 'published');
    },
  },
];
