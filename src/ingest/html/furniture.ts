// Page furniture Readability leaves at the top of the text: a visible "By …" byline and a printed date.
import { hasBylineLabel, parseByline } from '../byline.js';
import { dateLineValue } from '../printed-date.js';

export interface Furniture {
  /** The paragraphs after the furniture. */
  paragraphs: string[];
  byline: string[];
  date: { value: string; text: string } | null;
}

export function stripFurniture(paragraphs: readonly string[]): Furniture {
  const result: Furniture = { paragraphs: [...paragraphs], byline: [], date: null };
  while (result.paragraphs.length > 1) {
    const first = result.paragraphs[0];
    const names = !result.byline.length && hasBylineLabel(first) ? parseByline(first) : [];
    const date = result.date ? null : dateLineValue(first);
    if (names.length) result.byline = names;
    else if (date) result.date = { value: date, text: first };
    else break;
    result.paragraphs.shift();
  }
  return result;
}
