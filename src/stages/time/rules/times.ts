// Clock times ("6 a.m.", "10:30 p.m. EDT", "noon", "midnight Friday"), placed on the last
// mentioned day or, failing that, the DCT.
import { addDays, formatDay } from '../calendar.js';
import { resolveWeekday, resolveYearless } from '../resolve.js';
import type { Resolver, Rule } from '../rule.js';
import { monthOf, partOfDayOf, weekdayOf } from '../words.js';

function dayOf(
  r: Resolver,
  dayWord: string | undefined,
): { day: string; anchoredTo: 'published' | 'reference'; anchor?: string } | null {
  if (dayWord && r.anchor) {
    const wd = weekdayOf(dayWord);
    const offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[dayWord.toLowerCase() as 'today'];
    if (wd) return { day: formatDay(resolveWeekday(r.anchor, wd, r.tense())), anchoredTo: 'published' };
    if (offset !== undefined) return { day: formatDay(addDays(r.anchor, offset)), anchoredTo: 'published' };
  }
  const reference = r.reference();
  if (reference && /^\d{4}-\d{2}-\d{2}$/.test(reference))
    return { day: reference, anchoredTo: 'reference', anchor: reference };
  return r.anchor ? { day: formatDay(r.anchor), anchoredTo: 'published' } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const timeRules: Rule[] = [
  {
    name: 'clock-time',
    pattern:
      '(?:(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<h24>[0-2]?\\d):(?<min24>[0-5]\\d)|(?<named>noon|midday|midnight)|(?<hp>[01]?\\d)\\s+in\\s+the\\s+(?<hpod>morning|afternoon|evening|night))(?:\\s+(?<tz>[A-Z]{2,3}T|GMT|UTC))?(?:,?\\s+(?:on\\s+)?(?:(?<day>today|tonight|yesterday|tomorrow|{weekday})|(?<month>{month})\\s+(?<date>[0-3]?\\d)(?!\\d)))?',
    build(m, r) {
      const g = m.groups ?? {};
      if (g.named && /\bhigh\s+$/i.test(r.before())) return null; // "High Noon", the idiom
      let hour: number;
      let minute = Number(g.min ?? g.min24 ?? 0);
      if (g.named) {
        hour = g.named.toLowerCase() === 'midnight' ? 24 : 12;
        minute = 0;
      } else if (g.hp !== undefined) {
        // "4 in the morning", "8 in the evening", "11 at night" style: the part gives a.m./p.m.
        hour = Number(g.hp) % 12;
        if (/afternoon|evening/i.test(g.hpod ?? '') || (/night/i.test(g.hpod ?? '') && hour >= 6)) hour += 12;
      } else if (g.h24 !== undefined) {
        hour = Number(g.h24);
      } else {
        hour = Number(g.h) % 12;
        if (/^p/i.test(g.ap ?? '')) hour += 12;
      }
      const h12 = g.h ?? g.hp;
      if (hour > 24 || (h12 !== undefined && (Number(h12) === 0 || Number(h12) > 12))) return null;
      const month = g.month ? monthOf(g.month) : undefined;
      const date = month && r.anchor ? resolveYearless(r.anchor, month, Number(g.date), r.tense()) : null;
      const day = date ? { day: formatDay(date), anchoredTo: 'published' as const } : dayOf(r, g.day);
      const time = `T${pad(hour)}:${pad(minute)}`;
      return day
        ? { type: 'TIME', value: `${day.day}${time}`, anchoredTo: day.anchoredTo, anchor: day.anchor }
        : { type: 'TIME', value: `XXXX-XX-XX${time}` };
    },
  },
  {
    // A part of the day after a preposition ("in the morning", "by mid-afternoon"): that part of
    // the last day mentioned, or of the DCT.
    name: 'part-of-day',
    pattern: '(?:the\\s+)?(?<pod>{pod})(?:\\s+(?<day>today|yesterday|tomorrow))?(?!\\s+of\\b)',
    build(m, r) {
      if (!/\b(?:in|during|by|at|until|since)\s+$/i.test(r.before())) return null;
      const code = partOfDayOf(m.groups?.pod ?? '');
      const day = dayOf(r, m.groups?.day);
      if (!code || !day || /s$/i.test(m.groups?.pod ?? '')) return null;
      return { type: 'TIME', value: `${day.day}T${code}`, anchoredTo: day.anchoredTo, anchor: day.anchor };
    },
  },
];
