// Gazetteer matching over token sequences. The gazetteer (knowledge/ner-gazetteer.tsv, compiled by
// tools/build-ner-gazetteer.ts) maps lowercased token phrases to categories: COUNTRY, PLACE, PERSON,
// ORG, MEDIA. For every token the tagger learns from which categories cover it and where the token
// sits in the longest match (B/I/E/S), not from the entries themselves.
import { readListResource } from '../../resources.js';

/** The entries that start with one token. */
interface Entries {
  /** categories of the one-token entry, in file order */
  readonly single: string[];
  /** second token → longer entries starting with the two, as [tokens, category], longest first */
  readonly longer: Map<string, Array<readonly [readonly string[], string]>>;
}

export interface Gazetteer {
  /** first token (lowercase) → the entries starting with it */
  readonly byFirst: Map<string, Entries>;
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
    let entries = byFirst.get(tokens[0]);
    if (!entries) {
      entries = { single: [], longer: new Map() };
      byFirst.set(tokens[0], entries);
    }
    if (tokens.length === 1) entries.single.push(category);
    else {
      let list = entries.longer.get(tokens[1]);
      if (!list) {
        list = [];
        entries.longer.set(tokens[1], list);
      }
      list.push([tokens, category]);
    }
    const categories = phrases.get(phrase);
    if (categories) categories.push(category);
    else phrases.set(phrase, [category]);
  }
  for (const entries of byFirst.values()) {
    for (const list of entries.longer.values()) list.sort((a, b) => b[0].length - a[0].length);
  }
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
    const entries = gaz.byFirst.get(lower[i]);
    if (!entries) continue;
    // categories already matched at i: only the longest match of each counts
    const seen: string[] = [];
    const longer = i + 1 < lower.length ? entries.longer.get(lower[i + 1]) : undefined;
    for (const [tokens, category] of longer ?? []) {
      const n = tokens.length;
      if (seen.includes(category) || i + n > lower.length) continue;
      let match = true;
      for (let k = 2; k < n && match; k++) match = lower[i + k] === tokens[k];
      if (!match) continue;
      seen.push(category);
      const names = marksOf(category);
      add(i, names.B);
      for (let k = 1; k < n - 1; k++) add(i + k, names.I);
      add(i + n - 1, names.E);
    }
    // Entries are lowercased, so a short one-word entry is most likely an acronym ("UN", "AP"):
    // it matches only a token in capitals, not "Un" in "Kim Jong Un" nor "ap".
    if (lower[i].length <= 3 && words[i] !== words[i].toUpperCase()) continue;
    for (const category of entries.single) {
      if (seen.includes(category)) continue;
      seen.push(category);
      add(i, marksOf(category).S);
    }
  }
  return marks;
}
