// Bylines as printed ("By Jane Doe and John Roe", "By\nWeb Desk") or as metadata → a list of names.

const LABEL = /^(?:written\s+by|reporting\s+by|posted\s+by|by|par|von|por)\b[:\s]*/i;
// A name starts with a capital (or a letter of a script without case) and has no sentence punctuation.
const NAME_LIKE = /^[\p{Lu}\p{Lt}\p{Lo}\d][\p{L}\p{M}\d .'’()_-]*$/u;

/** Whether `line` starts with a "By" label (capitalised, as bylines print it). */
export function hasBylineLabel(line: string): boolean {
  return /^By\b/.test(line);
}

/** The names in a byline, without the "By" label; empty when it does not read like names. */
export function parseByline(raw: string): string[] {
  const first = raw.replace(/\s+/g, ' ').trim().replace(LABEL, '');
  if (first === '' || first.length > 120 || /[.!?]$/.test(first.replace(/\b[A-Z]\.$/, ''))) return [];
  const names = first
    .split(/\s*(?:,|;|\||\band\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !/^https?:|@/.test(n));
  return names.every((n) => NAME_LIKE.test(n) && n.split(' ').length <= 8) ? names : [];
}
