import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../src/ingest/text/credit.js';
import { textArticle } from '../../src/ingest/text/index.js';
import { expectOffsetsExact } from './helpers.js';

const read = (source: string) => textArticle(source, { path: 'x.txt', format: 'text' }, 'sha256:x');

const STORY = `Ministers meet in Oslo to discuss fishing quotas

Talks follow a year of disputes over cod stocks.

By
Anna Berg and Tom Holt
Ministers pose for a photo in Oslo, Norway, March 3, 2022, before the talks. — Dateline Examples
Ministers pose for a photo in Oslo, Norway, March 3, 2022, before the talk. — Dateline Examples

OSLO, March 4 (DWS) - Norway's fisheries minister met his Icelandic counterpart on Friday, officials said.

"We made progress," the minister told reporters on Thursday.
`;

describe('plain news text', () => {
  const article = read(STORY);

  it('reads title, dek and a byline split over two lines', () => {
    expect(article.title).toBe('Ministers meet in Oslo to discuss fishing quotas');
    expect(article.dek).toBe('Talks follow a year of disputes over cod stocks.');
    expect(article.byline).toEqual(['Anna Berg', 'Tom Holt']);
  });

  it('collapses near-identical captions into one, kept out of the text', () => {
    expect(article.captions).toHaveLength(1);
    expect(article.captions[0].credit).toBe('Dateline Examples');
    expect(article.text).not.toContain('pose for a photo');
  });

  it('records the wire dateline and removes it from the first sentence', () => {
    expect(article.dateline).toEqual({
      text: 'OSLO, March 4 (DWS) -',
      place: 'OSLO',
      date: 'March 4',
      agency: 'DWS',
    });
    expect(article.text.startsWith("Norway's fisheries minister met")).toBe(true);
  });

  it('keeps the body exact, with offsets back into the source', () => {
    expect(article.text).toBe(
      `Norway's fisheries minister met his Icelandic counterpart on Friday, officials said.\n\n"We made progress," the minister told reporters on Thursday.`,
    );
    expectOffsetsExact(article, STORY);
  });

  it('dates it by the dateline, in the year of the latest printed date', () => {
    expect(article.published).toMatchObject({ value: '2022-03-04', how: 'inferred' });
  });

  it('takes a plain first paragraph as body, not as a title', () => {
    const a = read('The council voted on Monday to raise the levy. It takes effect in May.\n');
    expect(a.title).toBeNull();
    expect(a.text).toBe('The council voted on Monday to raise the levy. It takes effect in May.');
  });

  it('reads a printed date line under the title as the date (how: text)', () => {
    const a = read('Port strike ends\n\nPublished: 12 May 2024\n\nDockers returned to work on Sunday.\n');
    expect(a.published).toMatchObject({ value: '2024-05-12', how: 'text' });
    expect(a.text).toBe('Dockers returned to work on Sunday.');
  });

  it('recognises other credit styles and datelines', () => {
    const a = read(
      'Floods hit the north\n\nDALLAS (AP) — Rivers rose on Monday.\n\nA flooded street in the town. (Photo: AP)\n\nA rescue boat on the river - Reuters\n',
    );
    expect(a.dateline?.agency).toBe('AP');
    expect(a.captions.map((c) => c.credit)).toEqual(['AP', 'Reuters']);
    expect(a.text).toBe('Rivers rose on Monday.');
  });

  it('does not take a sentence ending in a dash clause for a caption', () => {
    const a = read('Talks resume\n\nThe two sides met again - and agreed to continue next week.\n');
    expect(a.captions).toEqual([]);
  });
});

describe('false captions and datelines', () => {
  it('leaves headline punchlines and dash clauses in the body', () => {
    const a = read(
      'Senator makes a choice\n\nThe Senator Just Revealed His Pick — It Might Surprise You.\n\nHe is better connected — and better funded — than Jane Roe.\n\nThe lake at dawn in Geneva, Switzerland, on October 2, 2015. FABRICE COFFRINI/AFP — Getty Images\n',
    );
    expect(a.captions.map((c) => c.credit)).toEqual(['Getty Images']);
    expect(a.text).toContain('It Might Surprise You.');
    expect(a.text).toContain('than Jane Roe.');
  });

  it('does not take a label such as EXCLUSIVE for a dateline place', () => {
    const a = read('Big story\n\nEXCLUSIVE – The minister said on Monday that talks had failed.\n');
    expect(a.dateline).toBeNull();
    expect(a.text.startsWith('EXCLUSIVE')).toBe(true);
  });
});

describe('titles ending with a full stop', () => {
  it('takes a headline-cased first line, or one followed by a dateline, as the title', () => {
    const cased = read(
      'Senators Reach A Deal On The Budget — Finally.\n\nLawmakers agreed on Tuesday to fund the government.\n',
    );
    expect(cased.title).toBe('Senators Reach A Deal On The Budget — Finally.');
    const dated = read('Senators reach a deal on the budget.\n\nWASHINGTON — Lawmakers agreed on Tuesday.\n');
    expect(dated.title).toBe('Senators reach a deal on the budget.');
    expect(dated.dateline?.place).toBe('WASHINGTON');
  });
});

describe('credit styles of newspapers', () => {
  it.each([
    ['The bridge at dusk. Credit Harry Campbell', 'Harry Campbell'],
    ['The bridge at dusk. Photograph: Jane Roe/Reuters', 'Jane Roe/Reuters'],
  ])('%s', (line, credit) => {
    expect(splitCredit(line)).toEqual({ text: 'The bridge at dusk.', credit });
  });
});
