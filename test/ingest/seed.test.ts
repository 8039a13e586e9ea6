// Issue 2's acceptance test on the seed article, through the built CLI.
import { describe, expect, it } from 'vitest';
import { AnalyzedArticle } from '../../src/doc/schema.js';
import { runCli } from '../support/cli.js';
import { describeShared, SEED } from '../support/shared.js';

describeShared('seed article', () => {
  const r = runCli(['analyze', SEED, '--json']);
  const doc = JSON.parse(r.stdout);

  it('reads title, dek and byline', () => {
    expect(r.status).toBe(0);
    expect(AnalyzedArticle.safeParse(doc).success).toBe(true);
    expect(doc.source).toEqual({ path: SEED, format: 'text' });
    expect(doc.title).toBe("North Korea's Kim Jong Un eyes China ties to touch 'new highs'");
    expect(doc.dek).toBe(
      'This is first Chinese delegation to visit North Korea since the outbreak of the COVID-19 pandemic.',
    );
    expect(doc.byline).toEqual(['Web Desk']);
  });

  it('keeps exactly one caption, credited to Reuters, out of the text', () => {
    expect(doc.captions).toHaveLength(1);
    expect(doc.captions[0].credit).toBe('Reuters');
    expect(doc.captions[0].text).toContain("released by North Korea's Korean Central News Agency.");
    expect(doc.text).not.toContain('in this image released by');
  });

  it('infers the publication date 2023-07-29 from the caption date and the weekdays', () => {
    expect(doc.published.value).toBe('2023-07-29');
    expect(doc.published.how).toBe('inferred');
    const caption = doc.published.evidence.find((e: { field: string }) => e.field === 'caption');
    expect(doc.captions[caption.caption].text.slice(caption.start, caption.end)).toBe('July 28, 2023');
    for (const e of doc.published.evidence.filter((x: { field: string }) => x.field === 'text')) {
      expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('starts the text with the first body sentence and splits sentences correctly', () => {
    expect(doc.text.startsWith("North Korea's state media Saturday said")).toBe(true);
    const sentences = doc.sentences.map((s: { text: string }) => s.text);
    expect(sentences).toHaveLength(9);
    expect(sentences[4]).toMatch(/^"Reaffirmed at the talk .* KCNA said\.$/);
  });

  it('maps every body character back to the source file', () => {
    const mapped = doc.offsets.reduce((n: number, [, , length]: number[]) => n + length, 0);
    expect(mapped).toBe(doc.text.length - 2 * (doc.offsets.length - 1));
  });
});

describe('seed article (always runs)', () => {
  it('is only skipped when ../shared is absent', () => {
    expect(typeof SEED).toBe('string');
  });
});
