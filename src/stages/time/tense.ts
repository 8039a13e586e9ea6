// The tense of the clause around a time expression, from the nearest tense-bearing word in its
// sentence: future auxiliaries (will, would, scheduled …), past auxiliaries and verbs (was, said,
// -ed forms), present auxiliaries. POS tags are not needed.
import { timeLexicon } from './lexicon.js';
import type { Tense } from './rule.js';

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/g;

function classify(word: string): Tense | null {
  const w = word.toLowerCase();
  const lex = timeLexicon();
  if (lex.futureMarkers.has(w)) return 'future';
  if (lex.pastMarkers.has(w)) return 'past';
  if (lex.presentMarkers.has(w)) return 'present';
  // "un-…-ed" words are negated participles used as adjectives ("an unspecified date", "markets
  // untouched by the crisis"); the few such verbs news uses are listed in past-markers.txt. "under-"
  // is no negation ("underestimated").
  const negated = w.startsWith('un') && !w.startsWith('under');
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !negated && !lex.notPastEd.has(w))
    return 'past';
  return null;
}

const AUXILIARY = /^(?:be|been|being|is|are|was|were|has|have|had|'s)$/;

const INFINITIVE_BEFORE =
  /\bto\s+(?:be\s+)?(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|our\b|my\b|your\b)[a-z]+\s+(?:on\s+)?$/;

const NEXT_TO = /^\s+to\b/i;
const BE_PRESENT = /^(?:is|are)$/;

// Clause boundaries: punctuation and the conjunctions that start a new verb phrase. "that" closes the
// clause only after the expression ("told reporters on Thursday that the truce would start": the
// report's tense, not its content's); before it, it is as often a determiner ("that meeting on Friday").
const BOUNDARY =
  /[,;:()"`]|\b(?:and|but|while|whereas|although|because|after|before|when|as|since|until|which|who|that)\b/gi;

function nearestTense(sentence: string, from: number, to: number, start: number, end: number): Tense | null {
  let best: Tense | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // the last two words read, in lower case
  let last = '';
  let lastButOne = '';
  WORD.lastIndex = from;
  for (let m = WORD.exec(sentence); m && m.index < to; m = WORD.exec(sentence)) {
    const word = m[0].toLowerCase();
    const before = last;
    const pluperfect = lastButOne === 'had' && before === 'been';
    lastButOne = last;
    last = word;
    if (m.index >= start && m.index < end) continue;
    // "is to resume trading Tuesday": the "be to" construction states a plan.
    let tense = word === 'to' && BE_PRESENT.test(before) ? 'future' : classify(m[0]);
    // A participle after an auxiliary ("will be signed", "would be paid", "has been held") takes
    // the auxiliary's tense, regular or irregular.
    if (AUXILIARY.test(before) && tense === 'past') continue;
    // "had been scheduled/due/expected": a plan seen from the past, now over.
    if (tense === 'future' && pluperfect) tense = 'past';
    // "next to the embassy" is a place, not a future cue.
    if (!tense || (word === 'next' && NEXT_TO.test(sentence.slice(m.index + m[0].length)))) continue;
    const distance = m.index < start ? start - m.index : m.index - end;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}

/** "postponed until …", "extended its deadline until …": the date lies ahead of the delay. */
function isDelayedUntil(before: string): boolean {
  const words = /((?:[\w']+\s+){1,4})(?:until|till)\s+$/i.exec(before)?.[1].toLowerCase().split(/\s+/) ?? [];
  return words.some((word) => timeLexicon().delayVerbs.has(word));
}

/**
 * Tense of the clause containing [start, end) of `sentence` (offsets relative to the sentence):
 * the class of the nearest tense-bearing word in the clause (between boundaries), else in the
 * sentence; present when there is none.
 */
export function clauseTense(sentence: string, start: number, end: number): Tense {
  let from = 0;
  let to = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].toLowerCase() === 'that' && m.index < end) continue;
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  // An infinitive just before the expression ("set to resume Monday", "to be held Friday")
  // points forward from the clause's time.
  // A plan reported in the pluperfect ("had been due to expire Friday") is over: no future.
  const before = sentence.slice(from, start);
  if (INFINITIVE_BEFORE.test(before) && !/\bhad\s+been\b/i.test(before)) return 'future';
  if (isDelayedUntil(sentence.slice(0, start))) return 'future';
  // A parenthesis restates what precedes it ("will leave at 4 in the morning (4 a.m. EDT
  // Thursday)"): without a tense of its own it takes the tense before it.
  const parenthesis = sentence[from - 1] === '(';
  return (
    nearestTense(sentence, from, to, start, end) ??
    (parenthesis ? nearestTense(sentence, 0, from - 1, start, end) : null) ??
    nearestTense(sentence, 0, sentence.length, start, end) ??
    'present'
  );
}
