import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/ingest/html/index.js';
import { expectOffsetsExact } from './helpers.js';

const read = (html: string) => htmlArticle(html, { path: 'x.html', format: 'html' }, 'sha256:x');

const BODY = `
<p>ROME (DWS) — Italy's prime minister met the Tunisian president on Sunday to discuss migration, officials said.</p>
<p>The two leaders agreed to work on a memorandum covering border management, economic aid and renewable energy.</p>
<p>“We have taken an important step,” the Italian leader told reporters after the meeting in Tunis.</p>
<p>The European Commission president also attended the talks, her spokesman said on Monday.</p>`;

function page(head: string, body = BODY): string {
  return `<!DOCTYPE html><html><head><title>Leaders meet in Tunis | Example News</title>${head}</head><body><nav>Home</nav><article><h1>Leaders meet in Tunis</h1>${body}</article><footer>© Example</footer></body></html>`;
}

describe('HTML extraction', () => {
  it('takes the date, authors and publisher from JSON-LD, also inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': ['NewsArticle'],
          datePublished: '2023-06-11T18:00:00+02:00',
          author: [{ '@type': 'Person', name: 'Lia Conti' }, { name: 'Marco Neri' }],
          publisher: { name: 'Example News' },
        },
      ],
    };
    const a = read(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(a.published).toEqual({
      value: '2023-06-11T18:00:00+02:00',
      how: 'metadata',
      source: 'json-ld:datePublished',
    });
    expect(a.byline).toEqual(['Lia Conti', 'Marco Neri']);
    expect(a.publisher).toBe('Example News');
  });

  it('falls back to OpenGraph article:* and other meta tags', () => {
    const a = read(
      page(
        '<meta property="og:site_name" content="Example News"><meta property="article:author" content="https://example.org/lia"><meta name="author" content="Lia Conti"><meta name="parsely-pub-date" content="2023-06-11T16:00:00Z">',
      ),
    );
    expect(a.published).toMatchObject({ value: '2023-06-11T16:00:00Z', source: 'meta:parsely-pub-date' });
    expect(a.byline).toEqual(['Lia Conti']);
    expect(a.publisher).toBe('Example News');
  });

  it('takes the declared description as dek unless it repeats the first paragraph', () => {
    const dek = read(page('<meta property="og:description" content="A deal on migration is in sight.">'));
    expect(dek.dek).toBe('A deal on migration is in sight.');
    const repeat = read(
      page(
        `<meta name="description" content="Italy's prime minister met the Tunisian president on Sunday...">`,
      ),
    );
    expect(repeat.dek).toBeNull();
  });

  it('reads <time datetime> and a visible "By" byline', () => {
    const a = read(
      page('', `<p class="byline">By Lia Conti</p><time datetime="2023-06-11">June 11</time>${BODY}`),
    );
    expect(a.byline).toEqual(['Lia Conti']);
    expect(a.published).toMatchObject({ value: '2023-06-11', how: 'metadata' });
  });

  it('removes the wire dateline and keeps paragraphs apart', () => {
    const a = read(page(''));
    expect(a.dateline).toMatchObject({ place: 'ROME', agency: 'DWS' });
    expect(a.text.startsWith("Italy's prime minister met")).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).not.toContain('Home');
  });

  it('maps text back to the page source where it was copied verbatim', () => {
    const html = page('');
    const a = read(html);
    expectOffsetsExact(a, html);
    const mapped = (a.offsets ?? []).reduce((n, [, , length]) => n + length, 0);
    expect(mapped / a.text.length).toBeGreaterThan(0.95);
  });

  it('keeps figure captions out of the text, with their credit', () => {
    const a = read(
      page(
        '',
        `${BODY}<figure><img src="x.jpg"><figcaption>The leaders in Tunis. (Photo: Example)</figcaption></figure>`,
      ),
    );
    expect(a.captions).toEqual([{ text: 'The leaders in Tunis.', credit: 'Example' }]);
    expect(a.text).not.toContain('leaders in Tunis.');
  });

  it('takes the credit a figcaption marks up, with its hidden "Credit" label and a dash inside it', () => {
    const figure = (caption: string) =>
      `<figure><img src="x.jpg"><figcaption>${caption}</figcaption></figure>`;
    const a = read(
      page(
        '',
        BODY +
          figure(
            '<span>Delegates in Tunis on Sunday.</span><span itemprop="copyrightHolder"><span class="visually-hidden">Credit</span>Jo Roe/Example Press — Wire Images</span>',
          ) +
          figure('<span>Tunis harbour</span> <span class="image-credit">(Ana Ruiz)</span>'),
      ),
    );
    expect(a.captions).toEqual([
      { text: 'Delegates in Tunis on Sunday.', credit: 'Jo Roe/Example Press — Wire Images' },
      { text: 'Tunis harbour', credit: 'Ana Ruiz' },
    ]);
  });

  it('never runs scripts', () => {
    const a = read(page('<script>document.write("<p>INJECTED TEXT FROM A SCRIPT</p>")</script>'));
    expect(a.text).not.toContain('INJECTED');
  });

  it('recovers from unclosed tags as a browser would', () => {
    const a = read(
      '<html><body><div><p>Talks between the two governments resumed in Geneva on Monday after a pause<p>Officials said progress was slow <b>but steady',
    );
    expect(a.text).toContain('Talks between the two governments resumed');
    expect(a.text).toContain('progress was slow but steady');
  });

  it('gives a page or fragment without any title a null title, not an empty one', () => {
    expect(read('<p>The two ministers met in Oslo on Tuesday to talk about fishing.</p>').title).toBeNull();
    expect(read(`<html><head><title> </title></head><body>${BODY}</body></html>`).title).toBeNull();
  });

  it('infers the date from the text when the page has no metadata', () => {
    const a = read(page('', `${BODY}<p>The previous round ended on June 9, 2023.</p>`));
    // June 9, 2023 was a Friday; the text mentions Sunday and Monday: Monday June 12.
    expect(a.published).toMatchObject({ value: '2023-06-12', how: 'inferred' });
  });
});
