// An HTML element's text as paragraphs: every block element (p, h1–h6, li, blockquote, div, br, …)
import type { Caption } from '../../doc/schema.js';
import type { DomElement, DomNode } from './dom.js';

// ends a paragraph; whitespace inside a paragraph is collapsed to single spaces. Figure captions are
// set aside; scripts, styles and other non-text elements are skipped (nothing is ever executed).
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT TEXTAREA IFRAME OBJECT CANVAS'.split(' '),
);

export interface Blocks {
  paragraphs: string[];
  /** Figure captions; `credit` when the markup marks it (the text may still end in one: ingest/text/credit.ts). */
  captions: Caption[];
}

/** The element of a figcaption that holds the photo credit, as publishers mark it up. */
const CREDIT_ELEMENT =
  '[itemprop="copyrightHolder"], [itemprop="creator"], [class*="credit"], [class*="attribution"], [class*="source"]';

/** A figcaption's text, and its credit when an element of it is marked as the credit. */
function captionOf(figcaption: DomElement): Caption | null {
  const whole = squeeze(figcaption.textContent ?? '');
  if (!whole) return null;
  const marked = squeeze(figcaption.querySelector(CREDIT_ELEMENT)?.textContent ?? '');
  // a hidden "Credit" label, once or twice, and enclosing parentheses are not part of the name
  const credit = marked.replace(/^(?:Credit:?\s*)+/, '').replace(/^\((.*)\)$/, '$1');
  if (!credit) return { text: whole };
  // credits come last: the caption is what remains around the last occurrence of the credit's text
  const at = whole.lastIndexOf(marked);
  const text = squeeze(`${whole.slice(0, at)} ${whole.slice(at + marked.length)}`);
  return text ? { text, credit } : { text: whole };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export function blocksOf(root: DomNode): Blocks {
  const blocks: Blocks = { paragraphs: [], captions: [] };
  let current: string[] = [];
  const flush = () => {
    const text = squeeze(current.join(''));
    if (text) blocks.paragraphs.push(text);
    current = [];
  };
  const walk = (node: DomNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) current.push(child.textContent ?? '');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as DomElement).tagName.toUpperCase();
      if (SKIP.has(tag) || (child as DomElement).getAttribute('hidden') !== null) continue;
      if (tag === 'FIGCAPTION') {
        const caption = captionOf(child as DomElement);
        if (caption) blocks.captions.push(caption);
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return blocks;
}
