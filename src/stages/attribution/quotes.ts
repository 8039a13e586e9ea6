// Finds quoted passages in the text: straight and curly double quotes, a quote running over several
// sentences, and one running over paragraphs (a paragraph that opens with a quote mark without
// closing it continues in the next paragraph when that one opens with a quote mark too).

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the paragraph when none closes it). */
  end: number;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';
/** A quote longer than this is taken as an unbalanced mark and cut at its paragraph's end. */
const MAX_QUOTE = 3000;

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** The first non-blank offset after the paragraph break at `from`, or -1. */
function nextParagraphStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i < text.length ? i : -1;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && open >= 0) {
      // The quote is still open at the paragraph's end: continue if the next paragraph opens with a mark.
      const next = nextParagraphStart(text, i);
      if (next >= 0 && (OPEN.has(text[next]) || text[next] === STRAIGHT)) {
        i = next;
        continue;
      }
      quotes.push({ start: open, end: i });
      open = -1;
      continue;
    }
    const isOpen = OPEN.has(ch) || (ch === STRAIGHT && open < 0);
    const isClose = CLOSE.has(ch) || (ch === STRAIGHT && open >= 0);
    if (open < 0 && isOpen) open = i;
    else if (open >= 0 && isClose) {
      quotes.push({ start: open, end: i + 1 });
      open = -1;
    } else if (open >= 0 && isOpen && OPEN.has(ch)) {
      // A second opening curly mark: the first one was never closed within its stretch.
      open = i;
    }
    if (open >= 0 && i - open > MAX_QUOTE) {
      quotes.push({ start: open, end: paragraphEnd(text, open) });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: paragraphEnd(text, open) });
  return quotes;
}
