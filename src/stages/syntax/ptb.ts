// From the training data's tag set to Penn Treebank's: CoNLL-2003 writes every double quote as
// `"` (tag `"`) and brackets as tags `(` `)`; PTB tags opening quotes ``, closing quotes '', and
// brackets -LRB- / -RRB-. Whether a straight quote opens is read from the text around it.
const OPENING_QUOTES = new Set(['“', '‘', '``', '«', '„']);
const CLOSING_QUOTES = new Set(['”', "''", '»']);

/**
 * The words the tagger sees for a sentence's tokens: single quotes used as quotation marks
 * (‘…’, or 'new highs' opening after a space) become `"`, as CoNLL writes quotes, so that they are
 * not read as the possessive of a plural ("officials' remarks").
 */
export function taggerWords(text: string, tokens: readonly { start: number; end: number }[]): string[] {
  let open = false;
  return tokens.map(({ start, end }) => {
    const word = text.slice(start, end);
    if (word !== "'" && word !== '‘' && word !== '’') return word;
    if (word === '‘' || opensQuote(text, start, end)) {
      open = true;
      return '"';
    }
    if (!open) return word;
    open = false;
    return '"';
  });
}

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
export function opensQuote(text: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : text[start - 1];
  const after = end >= text.length ? ' ' : text[end];
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /\s/.test(after);
  return spaceBefore && !spaceAfter;
}
