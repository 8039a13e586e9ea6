// What the page shows rather than declares: <time datetime> elements and byline elements.

import { parseByline } from '../byline.js';
import type { DomDocument } from './dom.js';
import type { HtmlMetadata } from './metadata-types.js';

const TIME_SELECTORS = [
  'time[itemprop~="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'article time[datetime]',
  'header time[datetime]',
  'time[datetime]',
];
const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  '[rel~="author"]',
  '.byline',
  '[class*="byline"]',
  '.author',
  '[class*="author-name"]',
];

function firstTime(document: DomDocument): HtmlMetadata['published'] {
  for (const selector of TIME_SELECTORS) {
    const time = document.querySelector(selector);
    const value = time?.getAttribute('datetime')?.trim();
    if (value) return { value, source: selector };
  }
  return undefined;
}

function visibleByline(document: DomDocument): HtmlMetadata['byline'] {
  for (const selector of BYLINE_SELECTORS) {
    for (const element of document.querySelectorAll(selector)) {
      const names = parseByline(element.textContent ?? '');
      if (names.length) return { names, source: selector };
    }
  }
  return undefined;
}

export function visibleMetadata(document: DomDocument): HtmlMetadata {
  const published = firstTime(document);
  const byline = visibleByline(document);
  return { ...(published ? { published } : {}), ...(byline ? { byline } : {}) };
}
