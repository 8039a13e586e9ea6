// schema.org JSON-LD: the article node (NewsArticle, Article, BlogPosting, …), also inside @graph,
import type { DomDocument } from './dom.js';
// arrays and nested values, and its headline, dates, authors and publisher.
import type { HtmlMetadata } from './metadata-types.js';

const ARTICLE =
  /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|TechArticle|ScholarlyArticle)$/;
const PAGE = /^(?:WebPage|ItemPage)$/;

type JsonNode = Record<string, unknown>;

function* nodesOf(value: unknown): Generator<JsonNode> {
  if (Array.isArray(value)) for (const v of value) yield* nodesOf(v);
  else if (value && typeof value === 'object') {
    const node = value as JsonNode;
    yield node;
    if (node['@graph']) yield* nodesOf(node['@graph']);
    if (node.mainEntity) yield* nodesOf(node.mainEntity);
  }
}

function types(node: JsonNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') return namesOf((value as JsonNode).name);
  return [];
}

function firstString(...values: unknown[]): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

function parseScript(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:\]\]>|\/\/\s*\]\]>)\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null; // Broken JSON-LD is common on the web; the page's other metadata still counts.
  }
}

/** Metadata from the page's JSON-LD article node (or, failing that, its WebPage node). */
export function jsonLdMetadata(document: DomDocument): HtmlMetadata {
  const nodes = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [
    ...nodesOf(parseScript(s.textContent ?? '')),
  ]);
  const node =
    nodes.find((n) => types(n).some((t) => ARTICLE.test(t))) ??
    nodes.find((n) => types(n).some((t) => PAGE.test(t)));
  if (!node) return {};
  const published = firstString(node.datePublished, node.dateCreated, node.uploadDate);
  const authors = namesOf(node.author ?? node.creator);
  const publisher = namesOf(node.publisher)[0];
  const title = firstString(node.headline, node.name);
  const dek = firstString(node.description, node.alternativeHeadline);
  return {
    ...(title ? { title } : {}),
    ...(dek ? { dek } : {}),
    ...(published ? { published: { value: published, source: 'json-ld:datePublished' } } : {}),
    ...(authors.length ? { byline: { names: authors, source: 'json-ld:author' } } : {}),
    ...(publisher ? { publisher } : {}),
  };
}
