// A person named by part of their full name, as news does: "Carlos Menem" for Carlos Saul Menem, "Omar
// Hassan al-Bashir" for Omar Hassan Ahmad al-Bashir. The words written must be the full name's first and
// last word and, between them, some of its other words in order, none of them a sector noun; exactly one
// person may fit.
import type { KbEntry, KnowledgeBase } from './knowledge-base.js';
import { phraseKey, type Word } from './phrase-key.js';
import { lexiconSet } from './word-set.js';

const CAPITALISED = /^[\p{Lu}]/u;
const MAX_WORDS = 5;
const nameArticles = lexiconSet('name-articles.txt');

/** "al" and "el" are one article: "Omar El Bashir" is "Omar al-Bashir". */
function same(a: string, b: string): boolean {
  return a === b || (nameArticles().has(a) && nameArticles().has(b));
}

/** True when word j continues the name word j - 1 ends: capitalised after spaces or a hyphen, or an article hyphened to a capitalised word. */
function continues(text: string, ws: readonly Word[], j: number): boolean {
  const between = text.slice(ws[j - 1].end, ws[j].start);
  if (!/^(?: +|-)$/.test(between)) return false;
  if (CAPITALISED.test(text[ws[j].start])) return true;
  const next = ws[j + 1];
  return next !== undefined && text[ws[j].end] === '-' && nameArticles().has(ws[j].key);
}

/** True when `short` keeps the first and last word of `full` and some of the others, in order. */
function shortens(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length || !same(short[0], full[0])) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    while (at < full.length && !same(short[i], full[at])) at++;
    if (at === full.length) return false;
    at++;
  }
  return at === full.length;
}

function codeKey(entry: KbEntry): string {
  return entry.codes.map((c) => `${c.code}@${c.from}..${c.to}`).join(';');
}

/**
 * The one person whose full name the capitalised words from word i shorten (the longest such run of two
 * words or more), or null.
 */
export function shortenedName(
  text: string,
  ws: readonly Word[],
  i: number,
  kb: KnowledgeBase,
): { last: number; entry: KbEntry } | null {
  if (!CAPITALISED.test(text[ws[i].start])) return null;
  let end = i;
  // a person's name holds no sector noun: "Islamic Council" is no shortened "Islamic Revolutionary Council"
  while (
    end < ws.length &&
    end - i < MAX_WORDS &&
    (end === i || continues(text, ws, end)) &&
    !kb.agents.has(ws[end].key)
  )
    end++;
  for (let last = end; last >= i + 2; last--) {
    const names = kb.fullNames.get(ws[last - 1].key);
    if (!names) continue;
    const short = ws.slice(i, last).map((w) => w.key);
    const fits = names.filter((n) => shortens(short, n.key.split(' ')));
    // two records of one person (the dictionaries spell some names twice) are one
    const codes = new Set(fits.map((n) => codeKey(n.entry)));
    if (codes.size === 1) return { last, entry: fits[0].entry };
  }
  return null;
}

/**
 * "Boris Yeltsin" for the dictionaries' "Russian President Yeltsin": a capitalised word before a person's
 * surname is their given name unless their canonical name gives another one before the surname ("Michelle
 * Obama" is not Barack Obama); a title or demonym there ("President", "Russian") gives none.
 */
export function givenNameFits(kb: KnowledgeBase, person: KbEntry, given: string): boolean {
  const ws = phraseKey(person.name).split(' ');
  const before = ws[ws.length - 2];
  return before === undefined || before === given || kb.agents.has(before) || kb.names.has(before);
}
