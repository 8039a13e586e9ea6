// The head of a plain-text news article: title, dek, byline, captions and a printed date, line by line.
import type { Caption } from '../../doc/schema.js';
import { hasBylineLabel, parseByline } from '../byline.js';
import { findDateline } from '../dateline.js';
import { dateLineValue } from '../printed-date.js';
import { splitCredit } from './credit.js';
import type { Line } from './lines.js';

export interface Header {
  title: Line | null;
  dek: Line | null;
  byline: string[];
  /** A printed date line ("July 29, 2023", "Published: …") with its value. */
  date: { line: Line; value: string } | null;
  /** Captions found in the header, in order. */
  captions: Caption[];
  /** Index of the first body line. */
  bodyStart: number;
}

const MAX_TITLE = 200;
const MAX_DEK = 300;
const HEADER_LOOKAHEAD = 8;

const next = (lines: readonly Line[], i: number) => {
  let j = i + 1;
  while (j < lines.length && lines[j].text === '') j++;
  return j;
};

/** Byline names starting at line `i` and how many lines they take ("By Web Desk", or "By" then "Web Desk"). */
export function bylineAt(lines: readonly Line[], i: number): { names: string[]; lines: number } | null {
  const line = lines[i]?.text ?? '';
  if (!hasBylineLabel(line)) return null;
  if (/^By:?$/.test(line) && lines[i + 1]?.text) {
    const names = parseByline(lines[i + 1].text);
    return names.length ? { names, lines: 2 } : null;
  }
  const names = parseByline(line);
  return names.length ? { names, lines: 1 } : null;
}

/** Headline style: most words of four letters or more are capitalised ("Aren’t Butting Heads Over The …"). */
function headlineCased(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
}

/** A single-line paragraph (blank or nothing on both sides). */
function standalone(lines: readonly Line[], i: number): boolean {
  return (lines[i - 1]?.text ?? '') === '' && (lines[i + 1]?.text ?? '') === '';
}

function bylineAhead(lines: readonly Line[], i: number): boolean {
  for (let j = i, seen = 0; j < lines.length && seen < HEADER_LOOKAHEAD; j = next(lines, j), seen++) {
    if (bylineAt(lines, j)) return true;
  }
  return false;
}

export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { title: null, dek: null, byline: [], date: null, captions: [], bodyStart: 0 };
  let i = next(lines, -1);
  const first = lines[i];
  if (
    first &&
    first.text.length <= MAX_TITLE &&
    (!/[.,;:]$/.test(first.text) ||
      headlineCased(first.text) ||
      !!findDateline(lines[next(lines, i)]?.text ?? '')) &&
    !findDateline(first.text) &&
    (lines[i + 1]?.text ?? '') === '' &&
    next(lines, i) < lines.length
  ) {
    header.title = first;
    i = next(lines, i);
  }
  while (i < lines.length) {
    const line = lines[i];
    const byline = header.byline.length ? null : bylineAt(lines, i);
    const credited = splitCredit(line.text);
    const date = header.date ? null : dateLineValue(line.text);
    if (byline) {
      header.byline = byline.names;
      i = next(lines, i + byline.lines - 1);
    } else if (credited) {
      header.captions.push(credited);
      i = next(lines, i);
    } else if (date) {
      header.date = { line, value: date };
      i = next(lines, i);
    } else if (
      header.title &&
      !header.dek &&
      !header.byline.length &&
      line.text.length <= MAX_DEK &&
      standalone(lines, i) &&
      (bylineAhead(lines, next(lines, i)) || findDateline(lines[next(lines, i)]?.text ?? ''))
    ) {
      header.dek = line;
      i = next(lines, i);
    } else break;
  }
  header.bodyStart = i;
  return header;
}
