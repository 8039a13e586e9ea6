// Fiscal and calendar quarters and halves: "the third quarter", "third-quarter", "the
// year-earlier quarter", "the latest quarter", "the first half of 1990".
import { formatQuarter, formatYear, quarter } from '../calendar.js';
import { shiftValue } from '../resolve.js';
import type { Resolver, Rule } from '../rule.js';
import { ordinalOf } from '../words.js';
import { YEAR } from './dates.js';

/**
 * The quarter a story reports on when it does not name it: the last quarter mentioned that has
 * closed by the DCT (a forecast for the running quarter is not "the latest quarter"), else the
 * last one closed.
 */
function reportedQuarter(r: Resolver): string | null {
  if (!r.anchor) return r.reference(/-Q\d$/);
  const q = quarter(r.anchor);
  const lastClosed = q === 1 ? formatQuarter(r.anchor.y - 1, 4) : formatQuarter(r.anchor.y, q - 1);
  return r.reference(/^\d{4}-Q\d$/, (value) => value <= lastClosed) ?? lastClosed;
}

const INDEFINITE_BEFORE = /\ban?\s+(?:[a-z-]+\s+)?$/i;
const YEAR_AGO_APPOSITION = /\byear[-\s](?:ago|earlier)\s+(?:quarter|period),\s*$/i;

export const quarterRules: Rule[] = [
  {
    name: 'ordinal-quarter',
    pattern: `(?:the\\s+)?(?:(?<y1>${YEAR})(?:'s)?\\s+|(?<rel>this|last|next)\\s+year's\\s+|(?<ago>year-earlier|year-ago)\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)[-\\s](?:fiscal[-\\s])?(?<kind>quarter|half)|(?<edge>first|last)\\s+two\\s+quarters)(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>${YEAR}))?`,
    build(m, r) {
      const g = m.groups ?? {};
      // "the last half" is H2 and "the first two quarters" H1; "the last quarter" is the previous
      // quarter (rule this-unit), not the fourth.
      const half = (g.kind ?? '').toLowerCase() === 'half' || g.edge !== undefined;
      const last = /^last$/i.test(g.ord ?? g.edge ?? '');
      if (last && !half) return null;
      const n = last ? 2 : g.edge ? 1 : ordinalOf(g.ord ?? '');
      if (!n || (half && n > 2)) return null;
      const prefix = half ? 'H' : 'Q';
      const stated = g.y1 ?? g.y2;
      if (stated) return { type: 'DATE', value: `${stated}-${prefix}${n}` };
      if (g.ago) {
        const base = r.reference(/^\d{4}-[QH]\d$/);
        const y = base ? Number(base.slice(0, 4)) - 1 : r.anchor ? r.anchor.y - 1 : null;
        if (y === null) return null;
        return {
          type: 'DATE',
          value: `${y}-${prefix}${n}`,
          anchoredTo: base ? 'reference' : 'published',
          anchor: base ?? undefined,
        };
      }
      if (!r.anchor) return { type: 'DATE', value: `XXXX-${prefix}${n}` };
      const shift = { this: 0, last: -1, next: 1 }[(g.rel ?? '').toLowerCase() as 'this'];
      let y = r.anchor.y + (shift ?? 0);
      if (shift === undefined) {
        const current = half ? (r.anchor.m <= 6 ? 1 : 2) : quarter(r.anchor);
        if (n > current + 1 && r.tense() !== 'future') y -= 1;
        // In apposition to a year-ago period ("In the year-ago quarter, the second quarter ended
        // Oct. 31, …") the quarter is the one a year back.
        if (YEAR_AGO_APPOSITION.test(r.before())) y -= 1;
      }
      // "after a flat second quarter": a quarter with an indefinite article is mentioned in passing,
      // not the quarter the story reports on.
      // ("a third-quarter loss" is an adjective: the reported quarter).
      const passing = !/^the\b|-(?:quarter|half)$/i.test(m[0]) && INDEFINITE_BEFORE.test(r.before());
      return { type: 'DATE', value: `${y}-${prefix}${n}`, anchoredTo: 'published', passing };
    },
  },
  {
    name: 'named-quarter',
    pattern:
      '(?:the\\s+)?(?<mod>(?:(?:latest|current|most\\s+recent|recent|same|comparable|year-earlier|year-ago|year\\s+earlier|year\\s+ago|fiscal)\\s+)+)?(?<kind>quarter|period)|(?<adj>year-earlier|year-ago)',
    build(m, r) {
      const mod = (m.groups?.mod ?? m.groups?.adj ?? '').toLowerCase();
      const kind = (m.groups?.kind ?? '').toLowerCase();
      if (kind === 'period' && !mod) return null;
      if (kind === 'quarter' && !mod && !/^the/i.test(m[0])) return null;
      if (/current/.test(mod) && r.anchor) {
        return { type: 'DATE', value: formatQuarter(r.anchor.y, quarter(r.anchor)), anchoredTo: 'published' };
      }
      // A bare "year-earlier" after "the nine months" compares whole years.
      const period = r.period();
      if (m.groups?.adj && period && /^\d{4}$/.test(period))
        return {
          type: 'DATE',
          value: formatYear(Number(period) - 1),
          anchoredTo: 'reference',
          anchor: period,
        };
      const base = reportedQuarter(r);
      if (!base) return null;
      if (!/year/.test(mod))
        return { type: 'DATE', value: base, anchoredTo: 'reference', anchor: base, period: base };
      const value = shiftValue(base, 'Y', -1);
      return value ? { type: 'DATE', value, anchoredTo: 'reference', anchor: base } : null;
    },
  },
  {
    name: 'period-of-year',
    pattern: `(?:the\\s+)?(?:(?<year>${YEAR})\\s+(?:quarter|period)|(?:corresponding|comparable|same)\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+(?<year2>${YEAR}))|last\\s+year's\\s+(?:quarter|period)|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier))`,
    build(m, r) {
      const stated = m.groups?.year ?? m.groups?.year2;
      // After "the nine months" the period compared is a span of that year: "the 1988 period" → 1988.
      const period = r.period();
      if (stated && /(?:period)$/i.test(m[0]) && period && /^\d{4}$/.test(period))
        return { type: 'DATE', value: stated, anchoredTo: 'reference', anchor: period };
      const base = reportedQuarter(r);
      if (!base) return null;
      const value = stated ? `${stated}${base.slice(4)}` : shiftValue(base, 'Y', -1);
      return value ? { type: 'DATE', value, anchoredTo: 'reference', anchor: base } : null;
    },
  },
];
