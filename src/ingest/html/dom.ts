// The few DOM shapes the HTML extractor uses. The project is compiled without the browser DOM
// library; linkedom's documents provide these members.
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
}

/**
 * Parses HTML without running any of its scripts. linkedom builds a document only under an <html>
 * element, so fragments (feed content, tag soup) are wrapped in one first.
 */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}
