import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { findAttributions } from '../../../src/stages/attribution/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { syntaxStage } from '../../../src/stages/syntax/index.js';

const ctx = { anchor: null, options: {} };

const sources = (text: string) => {
  const article = plainArticle(text, { format: 'text' });
  const segmented = { ...article, ...segmentStage.run(article, ctx) };
  return findAttributions({ ...segmented, ...syntaxStage.run(segmented, ctx) }).map((a) => a.source?.text);
};

describe('the speaker phrase', () => {
  it('keeps two titled leaders joined by "and" whole (nine words and more)', () => {
    expect(
      sources('Zorvanian President Ada Kell and Bulgarian President Boro Lint Jr said the talks had failed.'),
    ).toEqual(['Zorvanian President Ada Kell and Bulgarian President Boro Lint Jr']);
    const signed = sources(
      'Zorvanian President Ada Kell and Bulgarian President Boro Lint signed a pact on Monday, promising to trade more.',
    );
    expect(signed.length).toBeGreaterThan(0);
    for (const source of signed)
      expect(source).toBe('Zorvanian President Ada Kell and Bulgarian President Boro Lint');
  });

  it('does not run back over a time word and "that" into the report around it', () => {
    const found = sources(
      'The envoy announced on Monday that President Boro Lint had agreed to send troops.',
    );
    expect(found).toContain('President Boro Lint');
    expect(found.every((s) => !s?.includes('Monday'))).toBe(true);
  });
});
