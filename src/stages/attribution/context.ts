// Token-level view of a document that the attribution rules share: lower-cased words, each token's
// sentence, and whether it lies inside a quotation.
import type { AnalyzedArticle, Span, Token } from '../../doc/schema.js';
import { type AttributionLexicons, attributionLexicons } from './lexicons.js';
import { findQuotes, type Quote } from './quotes.js';

export interface SentenceRange {
  /** First token index. */
  first: number;
  /** One past the last token index. */
  last: number;
}

export interface DocContext {
  text: string;
  tokens: readonly Token[];
  lower: string[];
  sentences: SentenceRange[];
  quotes: Quote[];
  /** For each token, the quote it lies strictly inside (marks excluded), or -1. */
  quoteOf: Int32Array;
  /** Quote index by the offset of its opening mark, and by the offset just after its closing mark. */
  quoteByStart: Map<number, number>;
  quoteByEnd: Map<number, number>;
  lex: AttributionLexicons;
}

function sentenceRanges(tokens: readonly Token[], sentences: readonly Span[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t].end <= s.end) t++;
    if (t > first) out.push({ first, last: t });
  }
  return out;
}

/** '… about this." Obama says …': a quote closing on a full stop ends its sentence. */
function splitAfterClosingQuotes(
  ranges: SentenceRange[],
  tokens: readonly Token[],
  quoteByEnd: Map<number, number>,
): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (const r of ranges) {
    let first = r.first;
    for (let j = r.first + 2; j < r.last; j++) {
      const closes = quoteByEnd.has(tokens[j - 1].end) && /^[.!?]$/.test(tokens[j - 2].text);
      if (closes && CAPITAL.test(tokens[j].text)) {
        out.push({ first, last: j });
        first = j;
      }
    }
    out.push({ first, last: r.last });
  }
  return out;
}

export function docContext(doc: AnalyzedArticle): DocContext {
  const tokens = doc.tokens ?? [];
  const quotes = findQuotes(doc.text);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q >= quotes.length) continue;
    if (t.start > quotes[q].start && t.end < quotes[q].end) quoteOf[i] = q;
  }
  const quoteByEnd = new Map(quotes.map((x, i) => [x.end, i]));
  return {
    text: doc.text,
    tokens,
    lower: tokens.map((t) => t.text.toLowerCase()),
    sentences: splitAfterClosingQuotes(sentenceRanges(tokens, doc.sentences ?? []), tokens, quoteByEnd),
    quotes,
    quoteOf,
    quoteByStart: new Map(quotes.map((x, i) => [x.start, i])),
    quoteByEnd,
    lex: attributionLexicons(),
  };
}

const WORD = /^[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;
// A single "'" counts only where a quote found by quotes.ts opens or closes ('' … '').
const OPEN_QUOTES = new Set(['"', '“', '«', '„', '”', "'", "''"]);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'", "''"]);
const DASHES = new Set(['—', '–', '―', '--', '-']);

/** Penn tags of a finite verb: past, present and modal. */
const FINITE_VERB_TAGS = new Set(['VBZ', 'VBD', 'VBP', 'MD']);
export const isFiniteVerb = (c: DocContext, i: number): boolean =>
  FINITE_VERB_TAGS.has(c.tokens[i].pos ?? '');
export const isWord = (c: DocContext, i: number): boolean => WORD.test(c.tokens[i].text);
export const isCapitalized = (c: DocContext, i: number): boolean => CAPITAL.test(c.tokens[i].text);
export const isOpenQuote = (c: DocContext, i: number): boolean =>
  OPEN_QUOTES.has(c.tokens[i].text) && c.quoteByStart.has(c.tokens[i].start);
export const isCloseQuote = (c: DocContext, i: number): boolean =>
  CLOSE_QUOTES.has(c.tokens[i].text) && c.quoteByEnd.has(c.tokens[i].end);
export const isDash = (c: DocContext, i: number): boolean => DASHES.has(c.tokens[i].text);
export const isPossessive = (c: DocContext, i: number): boolean => /^['’]s$/i.test(c.tokens[i].text);
