// From the training data's tag set to Penn Treebank's: CoNLL-2003 writes every double quote as
// `"` (tag `"`) and brackets as tags `(` `)`; PTB tags opening quotes ``, closing quotes '', and
// brackets -LRB- / -RRB-. Whether a straight quote opens is read from the text around it.
const OPENING_QUOTES = new Set(['“', '‘', '``', '«', '„']);
const CLOSING_QUOTES = new Set(['”', "''", '»']);

/** The PTB tag for a token tagged `tag` covering `text[start, end)`. */
export function ptbTag(tag: string, text: string, start: number, end: number): string {
  if (tag === '(') return '-LRB-';
  if (tag === ')') return '-RRB-';
  if (tag !== '"' && tag !== '``' && tag !== "''") return tag;
  const word = text.slice(start, end);
  if (OPENING_QUOTES.has(word)) return '``';
  if (CLOSING_QUOTES.has(word)) return "''";
  return opensQuote(text, start, end) ? '``' : "''";
}

/** A straight quote opens when it follows a space, a line start or an opening bracket and text follows. */
function opensQuote(text: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : text[start - 1];
  const after = end >= text.length ? ' ' : text[end];
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /\s/.test(after);
  return spaceBefore && !spaceAfter;
}
