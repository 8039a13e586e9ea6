// Weekdays and deictic days (today, yesterday, tonight …), with an optional part of the day.
import { addDays, formatDay, parseYmd, type Ymd } from '../calendar.js';
import { timeLexicon } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import type { Found, Resolver, Rule, Tense } from '../rule.js';
import { capitalized, partOfDayOf, weekdayOf } from '../words.js';
import { isNamePart } from './dates.js';

function withPartOfDay(day: Ymd, pod: string | undefined): Found {
  const code = pod ? partOfDayOf(pod) : undefined;
  return code
    ? { type: 'TIME', value: `${formatDay(day)}T${code}`, anchoredTo: 'published' }
    : { type: 'DATE', value: formatDay(day), anchoredTo: 'published' };
}

/** A weekday's part of the day as the corpus annotates it: "Friday night" is the Friday. */
const weekdayPart = (pod: string | undefined): string | undefined =>
  pod && timeLexicon().weekdayDayParts.has(pod.toLowerCase()) ? undefined : pod;

/** The plural part of the day a coordinated weekday shares: " and Tuesday nights" → "nights". */
function sharedPluralPart(after: string): string | undefined {
  const m = /^\s+(?:and|or)\s+(\p{L}+)\s+(\p{L}+s)\b/u.exec(after);
  return m && weekdayOf(m[1]) && partOfDayOf(m[2]) ? m[2] : undefined;
}

/**
 * "the previous Friday", "the following Monday": relative to the last day the text mentioned
 * (TimeML anchors these to that date), else to the DCT.
 */
function fromLastDay(r: Resolver, day: number, rel: string, pod: string | undefined): Found {
  const reference = r.reference(/^\d{4}-\d{2}-\d{2}/);
  const base = parseYmd(reference) ?? (r.anchor as Ymd);
  const found = withPartOfDay(
    resolveWeekday(base, day, 'present', rel === 'following' ? 'next' : 'last'),
    pod,
  );
  return reference ? { ...found, anchoredTo: 'reference', anchor: reference } : found;
}

/** "the people of tomorrow", "today's youth": the present or future in general, not a day. */
function isGeneric(word: string, r: Resolver): boolean {
  if (word === 'tomorrow' && /\bof\s+$/i.test(r.before())) return true;
  const noun = /^'s\s+([a-z]+)/i.exec(r.after())?.[1];
  return word === 'today' && noun !== undefined && timeLexicon().genericNouns.has(noun.toLowerCase());
}

/**
 * A possessive weekday names a day whose event is reported ("Thursday's closing price"): the
 * latest one, whatever the clause's tense.
 */
function weekdayTense(r: Resolver): Tense {
  return /^'s\b/.test(r.after()) ? 'past' : r.tense();
}

const DEICTIC_OFFSET: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  this: 0,
  last: -1,
};

export const weekdayRules: Rule[] = [
  {
    name: 'weekday',
    pattern:
      '(?:the\\s+(?<relRef>previous|preceding|following)\\s+|(?<rel>last|this|next|coming|past|previous)\\s+)?(?<wd>{weekday})(?:\\s+(?<pod>{pod}))?',
    build(m, r) {
      const g = m.groups ?? {};
      const word = g.wd ?? '';
      const day = weekdayOf(word);
      if (!day || !capitalized(word)) return null;
      if (!r.anchor) return { type: 'DATE', value: `XXXX-WXX-${day}` };
      // "Monday and Tuesday nights": the plural part of the day makes both weekdays sets.
      const pod = g.pod ?? sharedPluralPart(r.after());
      if (pod && /s$/i.test(pod)) return { type: 'SET', value: `XXXX-WXX-${day}T${partOfDayOf(pod)}` };
      if (g.relRef) return fromLastDay(r, day, g.relRef.toLowerCase(), weekdayPart(pod));
      const tense = pod ? r.tense() : weekdayTense(r);
      return withPartOfDay(resolveWeekday(r.anchor, day, tense, g.rel?.toLowerCase()), weekdayPart(pod));
    },
  },
  {
    // "the day before last Tuesday('s hearing)": one expression, a day from the weekday.
    name: 'day-before-weekday',
    pattern: 'day\\s+(?<dir>before|after)\\s+(?:(?<rel>last|this|next)\\s+)?(?<wd>{weekday})',
    build(m, r) {
      const g = m.groups ?? {};
      const day = weekdayOf(g.wd ?? '');
      if (!day || !capitalized(g.wd ?? '') || !r.anchor) return null;
      const base = resolveWeekday(r.anchor, day, weekdayTense(r), g.rel?.toLowerCase());
      return withPartOfDay(addDays(base, g.dir?.toLowerCase() === 'before' ? -1 : 1), undefined);
    },
  },
  {
    name: 'weekday-plural',
    pattern: '(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\\s+(?<pod>{pod}))?',
    build(m) {
      const word = m.groups?.wd ?? '';
      const day = weekdayOf(word);
      if (!day || !capitalized(word)) return null;
      const code = m.groups?.pod ? partOfDayOf(m.groups.pod) : undefined;
      return { type: 'SET', value: `XXXX-WXX-${day}${code ? `T${code}` : ''}` };
    },
  },
  {
    name: 'deictic-day',
    pattern:
      '(?<word>today|tonight|yesterday|tomorrow)(?:\\s+(?<pod>{pod}))?|(?<word2>this|last)\\s+(?<pod2>{pod})',
    build(m, r) {
      const g = m.groups ?? {};
      const word = (g.word ?? g.word2 ?? '').toLowerCase();
      if (word === 'last' && !/^night$/i.test(g.pod2 ?? '')) return null;
      if (!g.pod && isGeneric(word, r)) return null;
      // "This is VOA Today", "a USA Today poll": a title, not the day.
      if (g.word && capitalized(g.word) && isNamePart(r.before())) return null;
      const pod = word === 'tonight' ? 'night' : (g.pod ?? g.pod2);
      if (!r.anchor) return word === 'today' ? { type: 'DATE', value: 'PRESENT_REF' } : null;
      return withPartOfDay(addDays(r.anchor, DEICTIC_OFFSET[word] ?? 0), pod);
    },
  },
  {
    // "Today is the eighth day of the strike", "It's the second day of an offensive": the DCT.
    name: 'ordinal-day-of-today',
    pattern: 'the\\s+{ordinal}\\s+day',
    build(_m, r) {
      if (!r.anchor || !/\b(?:today|it|this)\s*(?:is|'s)\s+$/i.test(r.before())) return null;
      return /^\s+of\b/.test(r.after()) ? withPartOfDay(r.anchor, undefined) : null;
    },
  },
];
