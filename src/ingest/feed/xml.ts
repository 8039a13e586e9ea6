// RSS 2.0 (and RSS 1.0 / RDF) and Atom, parsed with fast-xml-parser (no DTDs, no external entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from '../errors.js';
import { asArray, type FeedItem, type ParsedFeed, plainSummary, textOf } from './item.js';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true });

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
  const body = (entry.content ?? entry.summary) as XmlNode | string | undefined;
  const type = typeof body === 'object' ? (body['@_type'] as string | undefined) : undefined;
  return {
    title: textOf(entry.title),
    url: atomLink(entry),
    published: textOf(entry.published) ?? textOf(entry.updated),
    publishedField: entry.published ? 'atom:published' : 'atom:updated',
    authors: asArray(entry.author as XmlNode | XmlNode[])
      .map((a) => textOf(a.name))
      .filter((a): a is string => a !== null),
    content: textOf(body),
    contentType: type === 'text' ? 'text' : 'html',
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
