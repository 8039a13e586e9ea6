// The examples/ directory feeds the demo: every file must read cleanly with its metadata.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/doc/schema.js';
import { ROOT } from '../support/cli.js';
import { readAll } from './helpers.js';

describe('examples', async () => {
  const results = await readAll([join(ROOT, 'examples')]);
  const byName = new Map<string, Article[]>();
  for (const r of results) if (r.ok) byName.set(r.input, [...(byName.get(r.input) ?? []), r.article]);
  const one = (name: string) => byName.get(join(ROOT, 'examples', name))?.[0] as Article;

  it('all read, with a title, a date and body text', () => {
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results).toHaveLength(14);
    for (const r of results) {
      if (!r.ok) continue;
      expect(r.article.title, r.input).toBeTruthy();
      expect(r.article.published.value, r.input).toBeTruthy();
      expect(r.article.text.length, r.input).toBeGreaterThan(400);
    }
  });

  it('the Xi visit collapses its doubled caption and infers the date', () => {
    const a = one('text/xi-state-visit-moscow.txt');
    expect(a.byline).toEqual(['Dateline Examples Desk']);
    expect(a.captions).toHaveLength(1);
    expect(a.published).toMatchObject({ value: '2023-03-21', how: 'inferred' });
  });

  it('the Windows-1252 page decodes its typographic quotes', () => {
    expect(one('html/taiwan-joint-sword-drills.html').text).toContain('“strong punishment”');
  });

  it('the Camp David page does not run its script', () => {
    expect(one('html/camp-david-trilateral-summit.html').text).not.toContain('must never run');
  });

  it('the feed gives four items with links and dates', () => {
    const items = byName.get(join(ROOT, 'examples', 'feeds', 'world-summits.rss')) ?? [];
    expect(items.map((a) => a.published.value?.slice(0, 10))).toEqual([
      '2023-09-09',
      '2023-08-24',
      '2024-11-27',
      '2024-12-04',
    ]);
    expect(items.every((a) => a.source.url?.startsWith('https://example.org/'))).toBe(true);
  });
});
