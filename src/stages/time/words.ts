// Helpers shared by the rules: lexicon lookups of matched words and the placeholder expansion.
import { alternation, timeLexicon } from './lexicon.js';

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

export const monthOf = (s: string): number | undefined => timeLexicon().months.get(norm(s));
export const weekdayOf = (s: string): number | undefined => timeLexicon().weekdays.get(norm(s));
export const unitOf = (s: string): string | undefined => timeLexicon().units.get(norm(s));
export const partOfDayOf = (s: string): string | undefined => timeLexicon().partsOfDay.get(norm(s));
export const seasonOf = (s: string): string | undefined => timeLexicon().seasons.get(norm(s));
export const ordinalOf = (s: string): number | undefined => timeLexicon().ordinals.get(norm(s));
export const vagueOf = (s: string): string | undefined => timeLexicon().vague.get(norm(s));

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const DIGIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** A quantity as TimeML writes it: "12", "2.5", or "X" for vague quantities ("several"). */
export function numberOf(s: string): string | undefined {
  const text = norm(s);
  if (/^\d[\d,]*(\.\d+)?$/.test(text)) return String(Number(text.replace(/,/g, '')));
  const direct = timeLexicon().numbers.get(text);
  if (direct !== undefined) return direct;
  // "two thousand", "three hundred": a digit word times a hundred or a thousand.
  const times = /^([a-z]+) (hundred|thousand)$/.exec(text);
  const digit = times ? timeLexicon().numbers.get(times[1]) : undefined;
  if (times && digit && Number(digit) < 10)
    return String(Number(digit) * (times[2] === 'hundred' ? 100 : 1000));
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(text);
  if (compound && TENS.has(compound[1])) {
    const tens = timeLexicon().numbers.get(compound[1]);
    const ones = timeLexicon().numbers.get(compound[2]);
    if (tens && ones) return String(Number(tens) + Number(ones));
  }
  return undefined;
}

/** Starts with a capital letter (months and weekdays are only dates when capitalized). */
export const capitalized = (s: string): boolean => /^[A-Z]/.test(s);

let placeholders: Record<string, string> | undefined;

function placeholderTable(): Record<string, string> {
  const lex = timeLexicon();
  const numberWords = alternation(lex.numbers.keys());
  placeholders ??= {
    month: alternation(lex.months.keys()),
    weekday: alternation(lex.weekdays.keys()),
    unit: alternation(lex.units.keys()),
    pod: alternation(lex.partsOfDay.keys()),
    season: alternation(lex.seasons.keys()),
    ordinal: alternation(lex.ordinals.keys()),
    vague: alternation(lex.vague.keys()),
    frequency: alternation(lex.frequencies.keys()),
    holiday: alternation(lex.holidays.keys()),
    decadeword: alternation(lex.decadeWords.keys()),
    number: `\\d[\\d,]*(?:\\.\\d+)?|(?:${[...TENS].join('|')})[- ](?:${DIGIT_WORDS})|(?:${DIGIT_WORDS})\\s+(?:hundred|thousand)|${numberWords}`,
  };
  return placeholders;
}

/** Replaces `{name}` placeholders with non-capturing lexicon alternations. */
export function expandPattern(pattern: string): string {
  const table = placeholderTable();
  return pattern.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const alt = table[name];
    if (alt === undefined) throw new Error(`unknown placeholder ${whole} in a time rule`);
    return `(?:${alt})`;
  });
}
