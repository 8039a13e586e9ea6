// Vague references to the past, present or future ("recently", "now", "the future"): TimeML's
// PAST_REF / PRESENT_REF / FUTURE_REF.
import type { Rule } from '../rule.js';
import { vagueOf } from '../words.js';

export const vagueRules: Rule[] = [
  {
    name: 'vague',
    pattern: '{vague}',
    build(m) {
      const value = vagueOf(m[0]);
      return value ? { type: 'DATE', value } : null;
    },
  },
];
