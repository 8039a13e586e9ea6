// Gazetteer matching over token sequences. The gazetteer (knowledge/ner-gazetteer.tsv, compiled by
// tools/build-ner-gazetteer.ts) maps lowercased token phrases to categories: COUNTRY, PLACE, PERSON,
// ORG, MEDIA. For every token the tagger learns from which categories cover it and where the token
// sits in the longest match (B/I/E/S), not from the entries themselves.
import { readListResource } from '../../resources.js';

export interface Gazetteer {
  /** first token (lowercase) → phrases starting with it, as [tokens, category] */
  readonly byFirst: Map<string, Array<readonly [readonly string[], string]>>;
  /** whole lowercased phrase → categories */
  readonly phrases: Map<string, string[]>;
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const byFirst: Gazetteer['byFirst'] = new Map();
  const phrases: Gazetteer['phrases'] = new Map();
  for (const line of readListResource('knowledge', 'ner-gazetteer.tsv')) {
    const [category, phrase] = line.split('\t');
    const tokens = phrase.split(' ');
    let list = byFirst.get(tokens[0]);
    if (!list) {
      list = [];
      byFirst.set(tokens[0], list);
    }
    list.push([tokens, category]);
    const categories = phrases.get(phrase);
    if (categories) categories.push(category);
    else phrases.set(phrase, [category]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  loaded = { byFirst, phrases };
  return loaded;
}

/** Mark strings made once per category ("ORG:B" …), so feature names built from them can be memoised. */
const MARKS = new Map<string, Record<'B' | 'I' | 'E' | 'S', string>>();
function marksOf(category: string): Record<'B' | 'I' | 'E' | 'S', string> {
  let marks = MARKS.get(category);
  if (!marks) {
    marks = { B: `${category}:B`, I: `${category}:I`, E: `${category}:E`, S: `${category}:S` };
    MARKS.set(category, marks);
  }
  return marks;
}

const NO_MARKS: string[] = [];

/**
 * For each token (`words`, and the same lowercased), the gazetteer marks covering it, as strings "CATEGORY:POSITION" (POSITION = B, I,
 * E or S of the longest match of that category starting at or covering the token).
 */
export function gazetteerMarks(
  words: readonly string[],
  lower: readonly string[],
  gaz: Gazetteer = gazetteer(),
): string[][] {
  // Most tokens match nothing: they share one empty list, and a list is made only on a match.
  const marks: string[][] = new Array(lower.length).fill(NO_MARKS);
  const add = (at: number, mark: string) => {
    if (marks[at] === NO_MARKS) marks[at] = [mark];
    else marks[at].push(mark);
  };
  for (let i = 0; i < lower.length; i++) {
    const candidates = gaz.byFirst.get(lower[i]);
    if (!candidates) continue;
    // Entries are lowercased, so a short one-word entry is most likely an acronym ("UN", "AP"):
    // it matches only a token in capitals, not "Un" in "Kim Jong Un" nor "ap".
    const shortOk = lower[i].length > 3 || words[i] === words[i].toUpperCase();
    const seen = new Set<string>();
    for (const [tokens, category] of candidates) {
      if (seen.has(category) || i + tokens.length > lower.length) continue;
      if (tokens.length === 1 && !shortOk) continue;
      let match = true;
      for (let k = 1; k < tokens.length && match; k++) match = lower[i + k] === tokens[k];
      if (!match) continue;
      seen.add(category);
      const n = tokens.length;
      const names = marksOf(category);
      if (n === 1) add(i, names.S);
      else {
        add(i, names.B);
        for (let k = 1; k < n - 1; k++) add(i + k, names.I);
        add(i + n - 1, names.E);
      }
    }
  }
  return marks;
}
