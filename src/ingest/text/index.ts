// Plain news text in the seed's shape: a title line, a dek, a byline ("By Web Desk" or "By" / "Web Desk"),
// photo captions ending in a credit, then body paragraphs, the first possibly opening with a wire dateline.
import type { Article, Caption, Dateline, Published, Source } from '../../doc/schema.js';
import { makeArticle } from '../article.js';
import { collapseCaptions } from '../captions.js';
import { CleanTextBuilder } from '../clean-text.js';
import { findDateline } from '../dateline.js';
import { IngestError } from '../errors.js';
import { publishedFromText } from '../published/from-text.js';
import { splitCredit } from './credit.js';
import { readHeader } from './header.js';
import { type Line, splitLines } from './lines.js';

/** Body paragraphs (runs of non-blank lines) from `start`, setting caption lines aside. */
function bodyParagraphs(lines: readonly Line[], start: number, captions: Caption[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  for (const line of lines.slice(start)) {
    const credited = line.text === '' ? null : splitCredit(line.text);
    if (line.text === '') close();
    else if (credited) {
      close();
      captions.push(credited);
    } else current.push(line);
  }
  close();
  return paragraphs;
}

export function textArticle(source: string, src: Source, id: string): Article {
  const lines = splitLines(source);
  const header = readHeader(lines);
  const captions = [...header.captions];
  const paragraphs = bodyParagraphs(lines, header.bodyStart, captions);
  const body = new CleanTextBuilder();
  let dateline: Dateline | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    let start = paragraph[0].start;
    const end = paragraph[paragraph.length - 1].end;
    const found = index === 0 ? findDateline(source.slice(start, end)) : null;
    if (found) {
      dateline = found.dateline;
      start += found.length;
    }
    body.paragraph().copy(source.slice(start, end), start);
  }
  const text = body.toString();
  if (text.trim() === '') throw new IngestError('no body text found (only a title, byline or captions)');
  const kept = collapseCaptions(captions, text);
  const printed: Published | null = header.date && {
    value: header.date.value,
    how: 'text',
    source: 'date line',
    evidence: [{ ...header.date.line, field: 'source' }],
  };
  return makeArticle({
    id,
    source: src,
    text,
    title: header.title?.text ?? null,
    dek: header.dek?.text ?? null,
    byline: header.byline,
    dateline,
    captions: kept,
    published: printed ?? publishedFromText(text, kept, dateline),
    offsets: body.offsets,
  });
}
