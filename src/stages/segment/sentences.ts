// Sentence boundaries over tokens. A sentence ends at . ! ? … (plus any closing quotes or brackets)
// when the next token opens a sentence, never inside an abbreviation like "Gen." or "No. 2", and
// always at a blank line. `"…," KCNA said.` stays one sentence because a comma is not a boundary.
import { abbreviationKind, isSentenceStarter } from './abbreviations.js';
import type { TokenRange } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!!', '??']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);
const UPPER_OR_DIGIT = /^[\p{Lu}\d"“'‘([«—–-]/u;

export function splitSentences(text: string, tokens: readonly TokenRange[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  let first = 0;
  const close = (last: number) => {
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) {
      close(i);
      break;
    }
    if (blankLineBetween(text, tokens[i].end, next.start)) {
      close(i);
      continue;
    }
    const word = text.slice(tokens[i].start, tokens[i].end);
    if (!endsSentence(text, word, tokens, i)) continue;
    // Absorb closing quotes and brackets: `stage."` ends after the quote.
    let last = i;
    // A closer must touch the previous token: a straight quote after a space opens the next sentence.
    while (
      tokens[last + 1] &&
      tokens[last + 1].start === tokens[last].end &&
      CLOSERS.has(text.slice(tokens[last + 1].start, tokens[last + 1].end))
    ) {
      last++;
    }
    const after = tokens[last + 1];
    if (after === undefined) {
      close(last);
      break;
    }
    const afterWord = text.slice(after.start, after.end);
    if (UPPER_OR_DIGIT.test(afterWord) || blankLineBetween(text, tokens[last].end, after.start)) {
      close(last);
      i = last;
    }
  }
  return sentences;
}

function endsSentence(text: string, word: string, tokens: readonly TokenRange[], i: number): boolean {
  if (TERMINAL.has(word)) return true;
  if (!word.endsWith('.') || word.length < 2) return false;
  // An abbreviation carrying its period ends a sentence only when a typical sentence opener follows.
  const kind = abbreviationKind(word.slice(0, -1));
  if (kind === 'title' || kind === 'numeric' || kind === 'date') return false;
  const next = tokens[i + 1];
  if (next === undefined) return true;
  return isSentenceStarter(text.slice(next.start, next.end));
}

/** Two line breaks in [from, to); reads only that gap (searching on past it made long paragraphs quadratic). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks === 2) return true;
  return false;
}
