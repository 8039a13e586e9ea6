// Per-token word features shared by the POS tagger and the chunker, hashed once per token. Words
// are normalized the way the training data (CoNLL-2003, Reuters) writes them: curly apostrophes
// become ', curly and PTB-style quotes (“ ” `` '') become ", long dashes "--", brackets "(" ")".
// Features use the lower-cased form, so all-caps headlines look like running text.
import { hashString } from '../../ml/hash.js';

export interface PreparedWords {
  length: number;
  /** A number for each distinct word form, unique within the process (a cache key). */
  id: Float64Array;
  /** Hash of the normalized lower-cased word. */
  word: Uint32Array;
  /** Hash of the word as written (only quotes, dashes and brackets normalized). */
  raw: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  prefix1: Uint32Array;
  prefix2: Uint32Array;
  /** Hash of the word's shape ("Kim" → "Xxx", "1996-08-22" → "dd-dd-dd"). */
  shape: Uint32Array;
  /**
   * Bits: 1 capitalized, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 sentence-initial,
   * 32 the sentence is written in capitals (a headline: its words' case says little).
   */
  flags: Uint32Array;
}

/** Hash standing for the words before the sentence start and after its end. */
export const PAD_BEFORE = hashString('<s>');
export const PAD_AFTER = hashString('</s>');

const REPLACEMENTS: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '``': '"',
  "''": '"',
  '—': '--',
  '–': '--',
  '…': '...',
  '[': '(',
  '{': '(',
  ']': ')',
  '}': ')',
};
const CURLY_APOSTROPHE = /’/g;
const YEAR = /^\d{4}$/;

/** The training-data spelling of `word`, lower-cased, with numbers folded to !YEAR / !DIGITS. */
export function normalizeWord(word: string): string {
  const replaced = REPLACEMENTS[word] ?? word.replace(CURLY_APOSTROPHE, "'");
  const code = replaced.charCodeAt(0);
  if (code >= 48 && code <= 57) return YEAR.test(replaced) ? '!YEAR' : '!DIGITS';
  return replaced.toLowerCase();
}

function shapeHash(word: string): number {
  // The shape string, built and hashed on the fly: runs longer than two are cut to two.
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let s: number;
    if (c >= 48 && c <= 57)
      s = 100; // d
    else if (c >= 97 && c <= 122)
      s = 120; // x
    else if (c >= 65 && c <= 90)
      s = 88; // X
    else if (c > 127)
      s = word[i].toLowerCase() !== word[i] ? 88 : word[i].toUpperCase() !== word[i] ? 120 : c;
    else s = c;
    run = s === last ? run + 1 : 1;
    last = s;
    if (run > 2) continue;
    h ^= s;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function flagsOf(word: string): number {
  let flags = 0;
  const upper = word.toLowerCase() !== word;
  if (upper && word[0] !== word[0].toLowerCase()) flags |= 1;
  if (upper && word.toUpperCase() === word && word.length > 1) flags |= 2;
  if (/\d/.test(word)) flags |= 4;
  if (word.includes('-')) flags |= 8;
  return flags;
}

/** Whether most words with letters are all capitals ("SHEARER NAMED AS ENGLAND CAPTAIN"). */
function inCapitals(words: readonly string[]): boolean {
  let lettered = 0;
  let capitals = 0;
  for (const word of words) {
    if (word.toLowerCase() === word.toUpperCase()) continue;
    lettered += 1;
    if (word.toUpperCase() === word) capitals += 1;
  }
  return lettered >= 2 && capitals * 2 > lettered;
}

/** The case-independent hashes of one word; memoized, since a few words make most of any text. */
interface WordHashes {
  id: number;
  word: number;
  raw: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  prefix1: number;
  prefix2: number;
  shape: number;
  flags: number;
}

const MEMO_LIMIT = 100_000;
const memo = new Map<string, WordHashes>();
/** Ids keep growing when the memo starts afresh, so an id never names two different words. */
let nextId = 0;

function hashesOf(raw: string): WordHashes {
  let h = memo.get(raw);
  if (h !== undefined) return h;
  const lower = normalizeWord(raw);
  const form = lower.startsWith('!') ? raw.toLowerCase() : lower;
  const len = form.length;
  // Suffixes and prefixes are salted with their length, so "ab" the suffix ≠ "ab" the prefix.
  h = {
    id: nextId++,
    word: hashString(lower),
    raw: hashString(REPLACEMENTS[raw] ?? raw.replace(CURLY_APOSTROPHE, "'")),
    suffix1: hashString(form, Math.max(0, len - 1)) ^ 1,
    suffix2: hashString(form, Math.max(0, len - 2)) ^ 2,
    suffix3: hashString(form, Math.max(0, len - 3)) ^ 3,
    suffix4: hashString(form, Math.max(0, len - 4)) ^ 4,
    prefix1: hashString(form, 0, Math.min(1, len)) ^ 5,
    prefix2: hashString(form, 0, Math.min(2, len)) ^ 6,
    shape: shapeHash(raw),
    flags: flagsOf(raw),
  };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, h);
  return h;
}

/** Hashes every word of a sentence. */
export function prepareWords(words: readonly string[]): PreparedWords {
  const n = words.length;
  const p: PreparedWords = {
    length: n,
    id: new Float64Array(n),
    word: new Uint32Array(n),
    raw: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix4: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix2: new Uint32Array(n),
    shape: new Uint32Array(n),
    flags: new Uint32Array(n),
  };
  const headline = inCapitals(words) ? 32 : 0;
  for (let i = 0; i < n; i++) {
    const h = hashesOf(words[i]);
    p.id[i] = h.id;
    p.word[i] = h.word;
    p.raw[i] = h.raw;
    p.suffix1[i] = h.suffix1;
    p.suffix2[i] = h.suffix2;
    p.suffix3[i] = h.suffix3;
    p.suffix4[i] = h.suffix4;
    p.prefix1[i] = h.prefix1;
    p.prefix2[i] = h.prefix2;
    p.shape[i] = h.shape;
    p.flags[i] = h.flags | headline | (i === 0 ? 16 : 0);
  }
  return p;
}
