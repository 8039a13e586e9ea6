// Durations ("three years", "the first nine months", "the past two weeks", "several days",
// "two-year") and sets ("every week", "daily", "$5 a year").

import { formatYear } from '../calendar.js';
import { alternation, timeLexicon } from '../lexicon.js';
import type { Rule } from '../rule.js';
import { capitalized, monthOf, numberOf, partOfDayOf, unitOf, weekdayOf } from '../words.js';

const TIME_UNITS = new Set(['H', 'MIN', 'S']);

/** TimeML duration value: P3Y, P6M, PT5H, PT10M, PXD … */
export function durationValue(n: string, unit: string): string {
  // Decades and centuries are written in years, as TimeBank does: "two decades" → P20Y,
  // "decades" → PXY; but "for centuries" is PXC, as TimeBank writes it (PXC 1, PXE 1, PXY 0).
  if (unit === 'CE' && n === 'X') return 'PXC';
  // Millennia are TimeBank's L: "two thousand years" → P2L.
  if (unit === 'Y' && Number(n) >= 1000 && Number(n) % 1000 === 0) return `P${Number(n) / 1000}L`;
  if (unit === 'DE' || unit === 'CE')
    return n === 'X' ? 'PXY' : `P${Number(n) * (unit === 'DE' ? 10 : 100)}Y`;
  const code = unit === 'MIN' ? 'M' : unit;
  return TIME_UNITS.has(unit) ? `PT${n}${code}` : `P${n}${code}`;
}

// Comparative modifiers are part of a TimeBank duration; approximators ("about", "nearly") are not.
// Half a unit in the next smaller one, as TimeBank writes it: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
const HALF_OF: Record<string, string> = { Y: '6M', M: '15D', W: '3DT12H', D: 'T12H', H: '30M', MIN: '30S' };

function halfMore(n: number, unit: string): string {
  const whole = durationValue(String(n), unit);
  const half = HALF_OF[unit];
  if (!half) return durationValue(String(n + 0.5), unit);
  return `${whole}${half}`;
}

const MODIFIER =
  '(?:(?:more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|up\\s+to|at\\s+least|at\\s+most|another|an\\s+additional)\\s+)';
// A frequency ("twice a week") is a set. A rate after an amount ("$1.76 a year", "24 hours a
// day") is not a time expression in TimeBank: 7 of 11 such rates there are left unannotated.
const FREQUENCY_BEFORE = /\b(?:times|once|twice)\s*$/i;
const RATE_AFTER = /^\s+(?:a|per)\s+(?:day|week|month|year)\b/i;
const AMOUNT_BEFORE = /(?:\d|%|percent|cents?|dollars?|barrels|tons|hours)\s*$/i;
// "four flights a week", "700 seats a week": a count of things per unit, a rate like "$5 a year".
let countBeforeRegex: RegExp | undefined;
function countBefore(): RegExp {
  countBeforeRegex ??= new RegExp(
    `\\b(?:\\d[\\d,]*|${alternation(timeLexicon().countWords)})\\s+[a-z]+s\\s*$`,
    'i',
  );
  return countBeforeRegex;
}

export const durationRules: Rule[] = [
  {
    // "in a year or two" is a vague time ahead, not a span ("take a month or two" stays "a month").
    name: 'in-unit-or-two',
    pattern: '(?:a|one)\\s+{unit}\\s+or\\s+two',
    build(_m, r) {
      return /\bin\s+$/i.test(r.before()) ? { type: 'DATE', value: 'FUTURE_REF' } : null;
    },
  },
  {
    name: 'duration',
    // "the" belongs to "the first nine months" but not to an adjective: "the 14-day (strike)".
    pattern: `${MODIFIER}?(?:the\\s+(?:(?:first|last|past|next|previous|coming|final|recent|latest|remaining|following|(?<ago>year-earlier|year-ago))\\s+)?|(?:first|last|past|next|previous|coming|final)\\s+)?(?<num>{number})(?<frac>\\s+1/2)?(?:\\s+(?:more|additional|extra))?\\s+(?<unit>{unit})(?<andHalf>\\s+and\\s+a\\s+half)?(?!-old|\\s+old)|(?<num2>{number})-(?<unit2>{unit})(?:-long)?(?!-old)|(?<unit3>{unit})-long`,
    build(m, r) {
      const g = m.groups ?? {};
      // "day-long" is one unit, "decades-long" an unspecified number of them.
      const numText = g.num ?? g.num2 ?? (g.unit3 ? (/s$/i.test(g.unit3) ? 'several' : 'one') : '');
      const n = numberOf(numText);
      const unit = unitOf(g.unit ?? g.unit2 ?? g.unit3 ?? '');
      if (!n || !unit) return null;
      if (/^\d{4}$/.test(numText)) return null; // "the 1988 quarter" is a year
      // "three quarters of the shares" is a fraction; "several quarters of losses" is time.
      if (unit === 'Q' && n !== 'X' && /^\s+of\b/.test(r.after())) return null;
      const text = m[0].toLowerCase();
      // "six months of base pay", "two weeks' salary": an amount measured in time.
      const measured = /^(?:'|\s+of)\s+(?:\p{L}+\s+)?(\p{L}+)/u.exec(r.after())?.[1]?.toLowerCase() ?? '';
      if (timeLexicon().measureNouns.has(measured)) return null;
      // "Islam will one day be …": "someday", a vague future, not a day-long span.
      const lastWord = /([a-z']+)\s+$/i.exec(r.before())?.[1]?.toLowerCase() ?? '';
      const relative = /^\s+(?:after|before|later|earlier|ago)\b/i.test(r.after());
      if (text === 'one day' && !relative && timeLexicon().futureMarkers.has(lastWord))
        return { type: 'DATE', value: 'FUTURE_REF' };
      if (/^an?\s/.test(text) && FREQUENCY_BEFORE.test(r.before()))
        return { type: 'SET', value: durationValue('1', unit) };
      if (/^an?\s/.test(text) && (AMOUNT_BEFORE.test(r.before()) || countBefore().test(r.before())))
        return null;
      // "24 hours a day": the amount of a rate, which TimeBank leaves unannotated like the rate.
      if (RATE_AFTER.test(r.after())) return null;
      if ((m.groups?.frac || m.groups?.andHalf) && n !== 'X')
        return { type: 'DURATION', value: halfMore(Number(n), unit) };
      const value = durationValue(n, unit);
      // "the (first) nine months": the year to date, the period later comparisons refer to ("the
      // year-earlier nine months" is the span compared with, not a new period).
      if (unit === 'M' && /^the\s/.test(text) && !g.ago && Number(n) < 12 && r.anchor)
        return { type: 'DURATION', value, period: formatYear(r.anchor.y) };
      return { type: 'DURATION', value };
    },
  },
  {
    name: 'bare-plural-duration',
    // The preposition is checked in build(): a lookbehind would run at every position of the text.
    pattern:
      '(?:the\\s+(?<edge>(?:first|early)\\s+)?)?(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)',
    build(m, r) {
      const before = r.before();
      // "the first hours (of the war)", "the early years": an unspecified stretch at the start.
      const afterThe = /\bover\s+$/i.test(before) && /years|decades|centuries/i.test(m.groups?.unit ?? '');
      const bare = /\b(?:for|over|within|take|takes|took)\s+$|\btime\s+in\s+$/i.test(before);
      // "the early hours of Thursday": the day is the time expression, not a stretch of hours.
      const ofDay = /^\s+of\s+(\p{L}+)/u.exec(r.after())?.[1] ?? '';
      if (m.groups?.edge && (weekdayOf(ofDay) || (monthOf(ofDay) && capitalized(ofDay)))) return null;
      const ok = m.groups?.edge !== undefined || (/^the/i.test(m[0]) ? afterThe : bare);
      const unit = unitOf(m.groups?.unit ?? '');
      return ok && unit ? { type: 'DURATION', value: durationValue('X', unit) } : null;
    },
  },
  {
    name: 'every',
    pattern: '(?:every|each|per)\\s+(?:(?<num>{number})\\s+)?(?<unit>{unit}|{weekday}|{pod}|{month})',
    build(m) {
      const word = m.groups?.unit ?? '';
      const month = monthOf(word);
      if (month && capitalized(word)) return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
      const n = m.groups?.num ? numberOf(m.groups.num) : '1';
      const unit = unitOf(word);
      if (unit && n) return { type: 'SET', value: durationValue(n, unit) };
      const day = weekdayOf(word);
      if (day) return { type: 'SET', value: `XXXX-WXX-${day}` };
      const pod = partOfDayOf(word);
      return pod ? { type: 'SET', value: `XXXX-XX-XXT${pod}` } : null;
    },
  },
  {
    name: 'frequency-adverb',
    pattern: '{frequency}',
    build(m) {
      const value = timeLexicon().frequencies.get(m[0].toLowerCase());
      return value ? { type: 'SET', value } : null;
    },
  },
];
