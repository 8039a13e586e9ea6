// Normalisation before comparing extracted metadata with the expected values (exact match after it).
import { parseByline } from '../byline.js';
import { normalizeDate } from '../published/normalize.js';

/** Titles: Unicode NFKC, lower case, typographic quotes and dashes made plain, whitespace collapsed. */
export function normalizeTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bylines: the set of names (a leading "By" dropped, split at commas and "and"), lower case, sorted. */
export function normalizeByline(byline: string | readonly string[] | null | undefined): string | null {
  if (!byline || byline.length === 0) return null;
  const raw = typeof byline === 'string' ? byline : byline.join(', ');
  const names = parseByline(raw);
  const list = (names.length ? names : [raw.replace(/\s+/g, ' ').trim()]).map((n) => n.toLowerCase());
  return [...new Set(list)].sort().join('; ');
}

/** Dates: the calendar day as written (YYYY-MM-DD), ignoring the time of day. */
export function normalizeDay(value: string | null | undefined): string | null {
  return value ? (normalizeDate(value)?.slice(0, 10) ?? null) : null;
}
