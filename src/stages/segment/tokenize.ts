// News-text tokenizer: offsets into the original string, CoNLL-like splits (possessive "'s" and
// "n't" apart, punctuation apart), while keeping "U.S.", "U.S.-led", "3.5", "1,000", "10:30",
// party-state tags "R-S.C.", URLs, e-mail addresses, hyphenated words and known abbreviations ("Gen.", "Jan.") whole.
import { abbreviationKind } from './abbreviations.js';

export interface TokenRange {
  start: number;
  end: number;
}

const L = '\\p{L}\\p{M}';
const TOKEN = new RegExp(
  [
    // 1 URL or e-mail address
    `(https?:\\/\\/[^\\s"'<>()\\[\\]]*[^\\s"'<>()\\[\\].,;:!?]|www\\.[^\\s"'<>()]*[^\\s"'<>().,;:!?]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)`,
    // 2 dotted initials and acronyms, optionally hyphen-joined: U.S. U.S.-led anti-U.S. R-S.C. a.m.
    `((?:[${L}]+-)?(?:[${L}]\\.){2,}(?:-[${L}\\d]+)*)`,
    // 3 numbers: 1,000 3.5 10:30 2023-07-29 1990s 70th 1/2
    `(\\d+(?:[.,:/-]\\d+)*(?:st|nd|rd|th|s)?(?![${L}]))`,
    // 4 contraction/possessive clitics after a word: 's n't 're 've 'll 'd 'm
    `((?<=[${L}\\d])['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![${L}]))`,
    // 5 words, with inner hyphens, ampersands, and O'Brien-style apostrophes
    `([${L}\\d]+(?:['’](?=\\p{Lu})[${L}]+)?(?:[-&][${L}\\d]+(?:['’](?=\\p{Lu})[${L}]+)?)*)`,
    // 6 multi-character punctuation
    '(\\.{2,}|-{2,}|\\?!|!!+|\\?\\?+)',
    // 7 any other single non-space character
    '(\\S)',
  ].join('|'),
  'gu',
);

const NEGATION = /n$/i;

/** Splits `text` (or its `[from, to)` range) into token ranges. */
export function tokenize(text: string, from = 0, to = text.length): TokenRange[] {
  const tokens: TokenRange[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[5] !== undefined) {
      // "don't" → "do" + "n't": the word regex stops before the apostrophe, so peel the "n".
      const next = text.slice(end, end + 2);
      if ((next === "'t" || next === '’t') && NEGATION.test(m[5]) && m[5].length > 1) {
        tokens.push({ start, end: end - 1 });
        tokens.push({ start: end - 1, end: end + 2 });
        TOKEN.lastIndex = end + 2;
        continue;
      }
      // A known abbreviation or a single capital initial keeps its period: "Gen." "Jan." "J."
      if (text.charCodeAt(end) === 46 /* . */ && keepsPeriod(m[5], text, end)) {
        end += 1;
        TOKEN.lastIndex = end;
      }
    }
    if (end > to) end = to;
    tokens.push({ start, end });
    start = end;
  }
  return tokens;
}

function keepsPeriod(word: string, text: string, periodAt: number): boolean {
  if (abbreviationKind(word) !== undefined) return true;
  // A single capital letter followed by a period and a space then a capital: an initial ("J. Smith").
  if (word.length === 1 && word >= 'A' && word <= 'Z') {
    const after = text.charCodeAt(periodAt + 1);
    return after === 32 && /\p{Lu}/u.test(text.charAt(periodAt + 2));
  }
  return false;
}
