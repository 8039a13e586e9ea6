import { describe, expect, it } from 'vitest';
import { feedArticles } from '../../src/ingest/feed/index.js';
import type { IngestResult } from '../../src/ingest/types.js';

const articles = (text: string) => [...feedArticles(text, 'feed.xml')];
const okOnly = (results: IngestResult[]) => results.flatMap((r) => (r.ok ? [r.article] : []));

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title>
<item><title>Ports reopen after storm</title><link>https://example.org/a</link>
<pubDate>Mon, 04 Mar 2024 08:00:00 +0100</pubDate><dc:creator>Lia Conti</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>GENOA (DWS) — Ports along the coast reopened on Monday after the storm passed.</p><p>Shipping firms said delays would last days.</p>]]></content:encoded></item>
<item><title>Second story</title><link>https://example.org/b</link><author>desk@example.org (Tom Holt)</author>
<description>&lt;p&gt;Only a description, escaped HTML.&lt;/p&gt;</description></item>
</channel></rss>`;

describe('feeds', () => {
  it('makes each RSS item an article with link, date, author and full content', () => {
    const [first, second] = okOnly(articles(RSS));
    expect(first.source).toEqual({ path: 'feed.xml', format: 'feed', item: 0, url: 'https://example.org/a' });
    expect(first.title).toBe('Ports reopen after storm');
    expect(first.dek).toBe('Short summary.');
    expect(second.dek).toBeNull();
    expect(first.byline).toEqual(['Lia Conti']);
    expect(first.publisher).toBe('Example Wire');
    expect(first.published).toEqual({
      value: '2024-03-04T08:00:00+01:00',
      how: 'metadata',
      source: 'rss:pubDate',
    });
    expect(first.dateline?.place).toBe('GENOA');
    expect(first.text).toBe(
      'Ports along the coast reopened on Monday after the storm passed.\n\nShipping firms said delays would last days.',
    );
    expect(second.text).toBe('Only a description, escaped HTML.');
    expect(second.byline).toEqual(['Tom Holt']);
  });

  it('gives each item its own content hash', () => {
    const [a, b] = okOnly(articles(RSS));
    expect(a.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.id).not.toBe(b.id);
    expect(okOnly(articles(RSS.replace('Second story', 'Renamed')))[0].id).toBe(a.id);
  });

  it('reads Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Summit ends</title><link rel="alternate" href="https://example.org/s"/><published>2024-05-02T10:00:00Z</published>
<author><name>Ana Ruiz</name></author><content type="html">&lt;p&gt;Leaders ended the summit on Thursday.&lt;/p&gt;</content></entry></feed>`;
    const [a] = okOnly(articles(atom));
    expect(a).toMatchObject({
      title: 'Summit ends',
      byline: ['Ana Ruiz'],
      text: 'Leaders ended the summit on Thursday.',
    });
    expect(a.source.url).toBe('https://example.org/s');
    expect(a.published.value).toBe('2024-05-02T10:00:00Z');
  });

  it('reads Atom xhtml, CDATA and plain text content', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>A</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rates rose &amp; markets fell on Monday.</p><p>Traders were calm.</p></div></content></entry>
<entry><title>B</title><content type="html"><![CDATA[<p>Talks &amp; more talks on Tuesday.</p>]]></content></entry>
<entry><title>C</title><content>Fish &amp; chips &lt;3 on Friday.</content></entry></feed>`;
    expect(okOnly(articles(atom)).map((a) => a.text)).toEqual([
      'Rates rose & markets fell on Monday.\n\nTraders were calm.',
      'Talks & more talks on Tuesday.',
      'Fish & chips <3 on Friday.',
    ]);
  });

  it('reads JSON Feed items', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Wire',
      items: [
        {
          id: '1',
          url: 'https://example.org/j',
          title: 'Vote delayed',
          content_text: 'The vote was delayed on Friday.',
          date_published: '2024-02-09T12:00:00Z',
          authors: [{ name: 'Sam Lee' }],
        },
      ],
    });
    const [a] = okOnly(articles(feed));
    expect(a).toMatchObject({
      title: 'Vote delayed',
      byline: ['Sam Lee'],
      text: 'The vote was delayed on Friday.',
      publisher: 'JSON Wire',
    });
  });

  it('refuses malformed XML with the line and column', () => {
    expect(() => articles('<rss><channel><item><title>x</title></channel></rss>')).toThrow(
      /malformed XML feed \(line 1, column \d+: /,
    );
  });

  it('reports an item without content and goes on with the others', () => {
    const results = articles(
      RSS.replace('<item><title>Ports', '<item><title>Empty</title></item><item><title>Ports'),
    );
    expect(results.map((r) => r.ok)).toEqual([false, true, true]);
    expect(results[0]).toMatchObject({
      input: 'feed.xml#1',
      error: 'feed item 1 ("Empty"): item without content',
    });
  });
});
