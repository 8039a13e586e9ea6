// The web UI in Debian's Chromium (playwright-core): the demo articles plus a hostile one, served by
// the real server; screenshots go to test-results/screenshots/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { chromiumPresent, launchChromium } from '../support/browser.js';
import { ROOT, runCli } from '../support/cli.js';

const SHOTS = resolve(ROOT, 'test-results', 'screenshots');
const HOSTILE = `<!doctype html><html><head><title>Hostile page</title>
<meta property="og:title" content="Protest &lt;script&gt;window.__pwned=1&lt;/script&gt; in Tbilisi">
<meta property="og:url" content="javascript:window.__pwned=2">
<script>window.__pwned = 3</script></head><body><article><h1>Protest in Tbilisi</h1>
<p>Thousands of protesters rallied in Tbilisi on Monday against the foreign agents law, police said. &lt;script&gt;window.__pwned=4&lt;/script&gt;</p>
<p>Georgian Prime Minister Irakli Kobakhidze said the government would not withdraw the bill. <img src=x onerror="window.__pwned=5"></p>
<figure><img src="x.jpg" alt=""><figcaption>Police stand guard in Tbilisi, Georgia. &lt;b onmouseover=window.__pwned=7&gt;x&lt;/b&gt;</figcaption></figure>
<p>Opposition leaders called for new protests on Tuesday. <a href="javascript:window.__pwned=6">read more</a></p>
</article></body></html>`;

// CI always has Chromium (.ci/run installs it); elsewhere the suite says why it skips.
if (!chromiumPresent() && process.env.CI)
  throw new Error('/usr/bin/chromium is missing: .ci/run installs it');
if (!chromiumPresent())
  console.warn('skipping browser tests: /usr/bin/chromium not installed (apt-get install chromium)');
const describeBrowser = chromiumPresent() ? describe : describe.skip;

describeBrowser('web UI in Chromium', () => {
  let dir: string;
  let store: Store;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;
  const consoleErrors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${path}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    page.on('dialog', (d) => {
      consoleErrors.push(`${path}: dialog ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${base}/${path}`);
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-web-'));
    mkdirSync(SHOTS, { recursive: true });
    const hostile = join(dir, 'hostile.html');
    writeFileSync(hostile, HOSTILE);
    const db = join(dir, 'web.db');
    const ingest = runCli(['ingest', 'examples', hostile, '--db', db, '--workers', '1']);
    expect(ingest.status, ingest.stderr).toBe(0);
    store = await openStore(db);
    const app = createApp({ store, webRoot: resolve(ROOT, 'dist', 'web') });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the articles and opens one with its entities highlighted', async () => {
    const page = await open('#/');
    await page.getByTestId('articles-table').waitFor();
    await page.getByRole('link', { name: /Xi and Putin/ }).click();
    await page.getByTestId('article-text').waitFor();
    expect(await page.locator('[data-testid=article-text] .a-mention-PER').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=article-text] .a-mention-LOC').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=article-text] .a-mention-PER').first().click();
    await expect.poll(() => page.getByTestId('annotation-detail').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
    await page.close();
  });

  it('filters the events table and opens an event in its article', async () => {
    const page = await open('#/events');
    await page.getByTestId('events-table').waitFor();
    const all = await page.locator('[data-testid=events-table] tbody tr').count();
    await page.getByLabel('Actor').fill('CHN');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.url()).toContain('actor=CHN');
    const rows = page.locator('[data-testid=events-table] tbody tr');
    // the unfiltered rows stay on screen until the filtered page arrives: wait for every source to be CHN…
    const sources = () =>
      rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td:nth-child(2)')?.textContent ?? ''));
    await expect.poll(async () => (await sources()).every((s) => s.startsWith('CHN'))).toBe(true);
    const filtered = await rows.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
    await rows.first().locator('td').last().locator('a').click();
    await page.locator('.a-focus').first().waitFor();
    await page.close();
  });

  it('pages the events table by cursor, forward and back', async () => {
    const page = await open('#/events');
    const rows = page.locator('[data-testid=events-table] tbody tr');
    await rows.first().waitFor();
    const texts = () => rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    const first = await texts();
    const pager = page.getByRole('navigation', { name: 'pages' });
    await expect.poll(() => pager.textContent()).toContain(`1–${first.length} of`);
    await pager.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.url()).toContain('cursor=');
    await expect.poll(() => pager.textContent()).toContain(`${first.length + 1}–`);
    const second = await texts();
    expect(second.some((row) => first.includes(row))).toBe(false);
    await pager.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(() => pager.textContent()).toContain(`1–${first.length} of`);
    expect(await texts()).toEqual(first);
    expect(await pager.getByRole('button', { name: '← Previous' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('draws the dyad chart and the actor graph', async () => {
    const page = await open('#/dyad?a=CHN&b=RUS&interval=day');
    await page.locator('[data-testid=dyad-chart] canvas').waitFor();
    await page.screenshot({ path: join(SHOTS, 'dyad.png'), fullPage: true });
    await page.goto(`${base}/#/graph`);
    await page.locator('[data-testid=actor-graph] canvas').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'graph.png') });
    await page.goto(`${base}/#/timeline`);
    await page.locator('[data-testid=timeline-chart] canvas').waitFor();
    await page.close();
  });

  it('shows a hostile article as text: no script, handler or javascript: link runs', async () => {
    const page = await open('#/search?q=Tbilisi');
    await page.getByTestId('search-hits').locator('a').first().click();
    await page.getByTestId('article-text').waitFor();
    await page.locator('a, button').evaluateAll((els) => {
      for (const el of els)
        if ((el as HTMLAnchorElement).href?.startsWith('javascript:')) (el as HTMLElement).click();
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('article script, article img, aside script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // the caption's names are marked, its markup-looking text stays text
    expect(await page.getByTestId('caption-mention').allTextContents()).toContain('Tbilisi');
    expect(await page.locator('figcaption b').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'hostile.png'), fullPage: true });
    await page.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
