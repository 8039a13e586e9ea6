// The word lists the time grammar is built from (lexicon/time/*.txt), loaded once per process.
import { readListResource } from '../../resources.js';

export interface TimeLexicon {
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  numbers: Map<string, string>;
  ordinals: Map<string, number>;
  units: Map<string, string>;
  partsOfDay: Map<string, string>;
  seasons: Map<string, string>;
  vague: Map<string, string>;
  frequencies: Map<string, string>;
  holidays: Map<string, string>;
  decadeWords: Map<string, number>;
  futureMarkers: Set<string>;
  pastMarkers: Set<string>;
  presentMarkers: Set<string>;
  notPastEd: Set<string>;
  genericNouns: Set<string>;
  currentTerms: Set<string>;
  weekdayDayParts: Set<string>;
  discourseOpeners: Set<string>;
  delayVerbs: Set<string>;
  measureNouns: Set<string>;
  countWords: Set<string>;
  monthModifierStops: Set<string>;
}

function pairs(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readListResource('lexicon', 'time', file)) {
    const cut = line.lastIndexOf(' ');
    map.set(line.slice(0, cut).toLowerCase(), line.slice(cut + 1));
  }
  return map;
}

function words(file: string): Set<string> {
  return new Set(readListResource('lexicon', 'time', file).map((w) => w.toLowerCase()));
}

function numeric(map: Map<string, string>): Map<string, number> {
  return new Map([...map].map(([k, v]) => [k, Number(v)]));
}

let memo: TimeLexicon | undefined;

export function timeLexicon(): TimeLexicon {
  memo ??= {
    months: numeric(pairs('months.txt')),
    ambiguousMonths: new Set(readListResource('lexicon', 'time', 'ambiguous-months.txt')),
    weekdays: numeric(pairs('weekdays.txt')),
    numbers: pairs('numbers.txt'),
    ordinals: numeric(pairs('ordinals.txt')),
    units: pairs('units.txt'),
    partsOfDay: pairs('parts-of-day.txt'),
    seasons: pairs('seasons.txt'),
    vague: pairs('vague.txt'),
    frequencies: pairs('frequencies.txt'),
    holidays: pairs('holidays.txt'),
    decadeWords: numeric(pairs('decade-words.txt')),
    futureMarkers: words('future-markers.txt'),
    pastMarkers: words('past-markers.txt'),
    presentMarkers: words('present-markers.txt'),
    notPastEd: words('not-past-ed.txt'),
    genericNouns: words('generic-nouns.txt'),
    currentTerms: words('current-terms.txt'),
    weekdayDayParts: words('weekday-day-parts.txt'),
    discourseOpeners: words('discourse-openers.txt'),
    delayVerbs: words('delay-verbs.txt'),
    measureNouns: words('measure-nouns.txt'),
    countWords: words('count-words.txt'),
    monthModifierStops: words('month-modifier-stops.txt'),
  };
  return memo;
}

/** A regex alternation of the words, longest first, dots escaped, inner spaces as `\s+`. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
