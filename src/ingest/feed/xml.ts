// RSS 2.0 (and RSS 1.0 / RDF) and Atom, parsed with fast-xml-parser (no DTDs, no external entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from '../errors.js';
import { asArray, type FeedItem, type ParsedFeed, plainSummary, textOf } from './item.js';

type XmlNode = Record<string, unknown>;

// Atom content is kept as raw markup (a stop node): `type="xhtml"` content is inline XHTML, which a
// parsed tree would lose; `html` and `text` content are unescaped by `atomContent`.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: true,
  stopNodes: ['feed.entry.content'],
});

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of raw XML character data: CDATA sections unwrapped, entity and character references resolved. */
function unescapeXml(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, cdata, ref) => {
    if (cdata !== undefined) return cdata;
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1].toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : +ref.slice(1),
      );
    return ENTITIES[ref] ?? whole;
  });
}

function atomContent(entry: XmlNode): { content: string | null; type: string | undefined } {
  const content = entry.content as XmlNode | string | undefined;
  if (content === undefined) {
    const summary = entry.summary as XmlNode | string | undefined;
    return {
      content: textOf(summary),
      type: typeof summary === 'object' ? (summary['@_type'] as string) : undefined,
    };
  }
  const type = typeof content === 'object' ? (content['@_type'] as string | undefined) : undefined;
  const raw = textOf(content);
  return { content: raw === null || type === 'xhtml' ? raw : unescapeXml(raw), type };
}

/** "jane@example.com (Jane Doe)" → "Jane Doe". */
function rssAuthor(value: string): string {
  return /\(([^)]+)\)\s*$/.exec(value)?.[1].trim() ?? value;
}

function rssItem(item: XmlNode): FeedItem {
  const encoded = textOf(item['content:encoded']);
  const guid = item.guid as XmlNode | string | undefined;
  const permalink = typeof guid === 'object' && guid['@_isPermaLink'] !== 'false' ? textOf(guid) : null;
  const date = textOf(item.pubDate) ?? textOf(item['dc:date']);
  return {
    title: textOf(item.title),
    url: textOf(item.link) ?? permalink,
    published: date,
    publishedField: item.pubDate ? 'rss:pubDate' : 'dc:date',
    authors: [...asArray(item['dc:creator']), ...asArray(item.author)]
      .map((a) => textOf(a))
      .filter((a): a is string => a !== null)
      .map(rssAuthor),
    content: encoded ?? textOf(item.description),
    contentType: 'html',
    summary: encoded ? plainSummary(textOf(item.description)) : null,
  };
}

function atomLink(entry: XmlNode): string | null {
  const links = asArray(entry.link as XmlNode | XmlNode[]);
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return (alternate?.['@_href'] as string | undefined) ?? null;
}

function atomEntry(entry: XmlNode): FeedItem {
  const { content, type } = atomContent(entry);
  return {
    title: textOf(entry.title),
    url: atomLink(entry),
    published: textOf(entry.published) ?? textOf(entry.updated),
    publishedField: entry.published ? 'atom:published' : 'atom:updated',
    authors: asArray(entry.author as XmlNode | XmlNode[])
      .map((a) => textOf(a.name))
      .filter((a): a is string => a !== null),
    content,
    contentType: type === 'text' || type === undefined ? 'text' : 'html',
    summary: entry.content ? plainSummary(textOf(entry.summary)) : null,
  };
}

export function parseXmlFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError(
      `malformed XML feed (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`,
    );
  }
  const doc = parser.parse(xml) as XmlNode;
  const rss = doc.rss as XmlNode | undefined;
  const channel = (rss?.channel ?? (doc['rdf:RDF'] as XmlNode | undefined)?.channel) as XmlNode | undefined;
  if (rss || doc['rdf:RDF']) {
    const items = asArray((channel?.item ?? (doc['rdf:RDF'] as XmlNode).item) as XmlNode | XmlNode[]);
    return { title: textOf(channel?.title), items: items.map(rssItem) };
  }
  const feed = doc.feed as XmlNode | undefined;
  if (feed)
    return { title: textOf(feed.title), items: asArray(feed.entry as XmlNode | XmlNode[]).map(atomEntry) };
  throw new IngestError('XML document that is not an RSS or Atom feed');
}
