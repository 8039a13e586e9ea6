// Vague references to the past, present or future ("recently", "now", "the future"): TimeML's
// PAST_REF / PRESENT_REF / FUTURE_REF, or an unspecified duration ("recent years" → PXY).
import { timeLexicon } from '../lexicon.js';
import type { Rule } from '../rule.js';
import { vagueOf } from '../words.js';

/**
 * "current" is "at present" as an adjective before a noun ("current prices"), not as a noun ("the
 * current swept him away") or in a fixed term ("the current account").
 */
function isPresentAdjective(after: string): boolean {
  const noun = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return noun !== undefined && !timeLexicon().currentTerms.has(noun);
}

const SENTENCE_START = /(?:^|[.!?]['"`]*\s+|\n\s*)['"`]*$/;

/** "Now, he says, …": a sentence-opening discourse marker, not a reference to the present. */
function isDiscourseOpener(word: string, before: string, after: string): boolean {
  return (
    timeLexicon().discourseOpeners.has(word.toLowerCase()) && /^,/.test(after) && SENTENCE_START.test(before)
  );
}

export const vagueRules: Rule[] = [
  {
    name: 'vague',
    pattern: '{vague}',
    build(m, r) {
      if (/^current$/i.test(m[0]) && !isPresentAdjective(r.after())) return null;
      if (isDiscourseOpener(m[0], r.before(), r.after())) return null;
      // "the future of our peoples" is their fate, not a time.
      if (/^the\s+future$/i.test(m[0]) && /^\s+of\b/i.test(r.after())) return null;
      // "was recently extended", "most recently last October": inside a verb group or before the
      // date it leads to, TBAQ leaves "recently" unannotated (0 of 4; 13 of 16 elsewhere).
      if (/^recently$/i.test(m[0]) && /\b(?:most|is|are|was|were|has|have|had|been)\s+$/i.test(r.before()))
        return null;
      const value = vagueOf(m[0]);
      return value ? { type: /^P[\dX]/.test(value) ? 'DURATION' : 'DATE', value } : null;
    },
  },
  {
    // "soon" is annotated when it points ahead from now ("it will soon begin"), not in "as soon
    // as", "soon after", or a past narrative ("he was soon released"): TBAQ 4 of 7, 0 of 11.
    name: 'soon',
    pattern: 'soon',
    build(_m, r) {
      if (/\bas\s+$/i.test(r.before()) || /^\s+(?:as|after)\b/i.test(r.after())) return null;
      return r.tense() === 'future' ? { type: 'DATE', value: 'FUTURE_REF' } : null;
    },
  },
];
