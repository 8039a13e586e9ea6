// Vague references to the past, present or future ("recently", "now", "the future"): TimeML's
// PAST_REF / PRESENT_REF / FUTURE_REF, or an unspecified duration ("recent years" → PXY).
import type { Rule } from '../rule.js';
import { vagueOf } from '../words.js';

export const vagueRules: Rule[] = [
  {
    name: 'vague',
    pattern: '{vague}',
    build(m) {
      const value = vagueOf(m[0]);
      return value ? { type: /^P[\dX]/.test(value) ? 'DURATION' : 'DATE', value } : null;
    },
  },
];
