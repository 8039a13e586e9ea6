// `--format auto`: what an input is, from its first characters (the extension is not trusted).
import { extname } from 'node:path';
import type { InputFormat } from '../types.js';

export type ConcreteFormat = Exclude<InputFormat, 'auto'>;

/** Extensions that mark a file inside a directory as an article (other files there are skipped). */
export const ARTICLE_EXTENSIONS = [
  '.txt',
  '.html',
  '.htm',
  '.xml',
  '.rss',
  '.atom',
  '.json',
  '.jsonl',
  '.ndjson',
];

const FEED_ROOTS = /^(rss|feed|rdf:rdf)$/i;
const HTML_TAGS = /<(html|head|body|article|div|p|h1|meta|title|section|main|span|br)\b/i;

/** The name of the first element, skipping the XML declaration, comments, doctype and processing instructions. */
function rootElement(head: string): string | null {
  const rest = head.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, '');
  return /^<([\w:-]+)/.exec(rest)?.[1] ?? null;
}

const BY_EXTENSION: Record<string, ConcreteFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.json': 'jsonl',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * The format of an input: by content first; where the content does not look like markup or JSON
 * (plain text, or something too broken to tell), by the extension when it names a format.
 */
export function formatOf(head: string, path: string | null): ConcreteFormat | 'xml' {
  const sniffed = sniffFormat(head);
  const byExtension = path ? BY_EXTENSION[extname(path).toLowerCase()] : undefined;
  return sniffed === 'text' && byExtension ? byExtension : sniffed;
}

export function sniffFormat(head: string): ConcreteFormat | 'xml' {
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version/.test(head) ? 'feed' : 'jsonl';
  }
  if (start.startsWith('<')) {
    if (/^<!DOCTYPE\s+html/i.test(start)) return 'html';
    const root = rootElement(start);
    if (root && FEED_ROOTS.test(root)) return 'feed';
    if (root && /^(html|head|body)$/i.test(root)) return 'html';
    if (HTML_TAGS.test(start.slice(0, 2048))) return 'html';
    return start.startsWith('<?xml') || root ? 'xml' : 'text';
  }
  return 'text';
}
