// Acceptance: HTML extraction over Readability's test pages (about 7 s).
import { expect, it } from 'vitest';
import { prf } from '../../src/ingest/eval/bag.js';
import { evaluateExtraction } from '../../src/ingest/eval/extract.js';
import { describeShared, sharedPath } from '../support/shared.js';

describeShared('eval extract on readability-test-pages', () => {
  it('reads every page and scores body, title and date close to the reference', async () => {
    const e = await evaluateExtraction(sharedPath('data', 'html', 'readability-test-pages'));
    expect(e.pages).toBe(130);
    expect(e.failures).toEqual([]);
    expect(prf(e.ours.body).f1).toBeGreaterThan(0.98);
    const { title, published, byline } = e.ours.fields;
    expect(title.correct / title.expected).toBeGreaterThan(0.95);
    expect(published.correct / published.expected).toBeGreaterThan(0.9);
    expect(byline.correct / byline.expected).toBeGreaterThan(0.8);
    // Our metadata finds dates on pages where Readability reports none.
    expect(published.extra).toBeGreaterThan(e.readability.fields.published.extra + 15);
  });
});
