import { findDates } from './published/dates.js';

const MAX_DATE_LINE = 80;

/**
 * The date of a line that is just a printed date ("July 29, 2023", "Published: 29 July 2023 09:14",
 * "· May 23, 2024"), else null.
 */
export function dateLineValue(line: string): string | null {
  const stripped = line
    .replace(/^[\s·|•–—-]+/, '')
    .replace(/^(?:published|updated|posted|date)\b:?\s*(?:on\s+)?/i, '');
  const date = findDates(stripped)[0];
  if (!date || line.length > MAX_DATE_LINE || date.start > 12) return null;
  return date.value;
}
