// The time grammar: the ordered rule list (earlier rules win ties) compiled once into regexes,
// and the search that picks the longest non-overlapping matches left to right.
import type { Found, Resolver, Rule } from './rule.js';
import { dateRules } from './rules/dates.js';
import { durationRules } from './rules/durations.js';
import { namedRules } from './rules/named.js';
import { quarterRules } from './rules/quarters.js';
import { relativeRules } from './rules/relative.js';
import { timeRules } from './rules/times.js';
import { vagueRules } from './rules/vague.js';
import { weekdayRules } from './rules/weekdays.js';
import { expandPattern } from './words.js';

export const RULES: readonly Rule[] = [
  ...timeRules,
  ...dateRules,
  ...weekdayRules,
  ...namedRules,
  ...quarterRules,
  ...relativeRules,
  ...durationRules,
  ...vagueRules,
];

interface Compiled {
  rule: Rule;
  regex: RegExp;
}

let compiled: Compiled[] | undefined;

function compiledRules(): Compiled[] {
  compiled ??= RULES.map((rule) => ({
    rule,
    regex: new RegExp(`(?<![\\w'-])(?:${expandPattern(rule.pattern)})(?![\\w]|-\\w)`, 'gi'),
  }));
  return compiled;
}

export interface Candidate {
  start: number;
  end: number;
  rank: number;
  match: RegExpExecArray;
}

/** Every match of every rule (overlapping ones too), sorted by start, then longest, then rule order. */
export function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  compiledRules().forEach(({ regex }, rank) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      // The next search starts just after this match's start, not its end: when the build step
      // rejects this match ("a nineteen" is no year), one inside it ("nineteen ninety-seven")
      // must still be a candidate.
      regex.lastIndex = m.index + 1;
      if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, rank, match: m });
    }
  });
  return found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
}

export interface Recognized extends Found {
  start: number;
  end: number;
  rule: string;
}

/**
 * Builds timexes from the candidates in text order, skipping any that overlap one already taken;
 * a candidate whose rule rejects it (returns null) leaves room for a shorter one.
 */
export function recognize(
  text: string,
  resolverAt: (start: number, end: number) => Resolver,
  onFound: (r: Recognized) => void,
): void {
  let taken = 0;
  for (const c of candidates(text)) {
    if (c.start < taken) continue;
    const rule = compiledRules()[c.rank].rule;
    const found = rule.build(c.match, resolverAt(c.start, c.end));
    if (!found) continue;
    taken = c.end;
    onFound({ ...found, start: c.start, end: c.end, rule: rule.name });
  }
}
