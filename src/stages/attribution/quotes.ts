// Finds quoted passages in the text: straight and curly double quotes (and two straight single marks,
// '' … '', as some papers print them), a quote running over several
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
const DOUBLED_SINGLE = "''";
/** A quote longer than this is taken as an unbalanced mark and cut at its paragraph's end. */
const MAX_QUOTE = 3000;

/** The offset of the line break ending the paragraph that `from` is in (or the text's end). */
export function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** The first non-blank offset after the paragraph break at `from`, or -1. */
function nextParagraphStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i < text.length ? i : -1;
}

/** '― ”Mr. Trump …': a closing curly mark after a space and before a word opens a quote. */
function closeUsedAsOpen(text: string, i: number): boolean {
  return text[i] === '”' && (i === 0 || /\s/.test(text[i - 1])) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && open >= 0) {
      // The quote is still open at the paragraph's end: continue if the next paragraph opens with a mark.
      const next = nextParagraphStart(text, i);
      if (
        next >= 0 &&
        (OPEN.has(text[next]) || text[next] === STRAIGHT || text.startsWith(DOUBLED_SINGLE, next))
      ) {
        i = next;
        continue;
      }
      quotes.push({ start: open, end: i });
      open = -1;
      continue;
    }
    const doubled = text.startsWith(DOUBLED_SINGLE, i);
    const straight = ch === STRAIGHT || doubled;
    const isOpen = OPEN.has(ch) || (straight && open < 0) || (open < 0 && closeUsedAsOpen(text, i));
    const isClose = CLOSE.has(ch) || (straight && open >= 0);
    if (open < 0 && isOpen) {
      open = i;
      if (doubled) i++;
    } else if (open >= 0 && isClose) {
      // "… a special case,'''": an inner single quote closes first, the doubled mark is the last two.
      const inner = doubled && text[i + 2] === "'";
      quotes.push({ start: open, end: doubled ? i + (inner ? 3 : 2) : i + 1 });
      if (inner) i++;
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
