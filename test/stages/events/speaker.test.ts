import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { tagged } from './doc.js';

const run = (doc: AnalyzedArticle) => findEvents(doc, { anchor: null, options: {} }, { keepActorless: true });

function quoted(text: string, quote: string): AnalyzedArticle {
  return tagged(text, {
    actors: [
      ['Velorian', 'VEL'],
      ['Ostland', 'OST'],
    ],
    quotes: [[quote, 'the Velorian minister']],
  });
}

describe('a first-person subject inside a quotation', () => {
  it('is the speaker: the source of what it does to someone', () => {
    const doc = quoted(
      '"We will not negotiate with Ostland," the Velorian minister said.',
      '"We will not negotiate with Ostland,"',
    );
    const [event] = run(doc);
    expect(event.source?.code).toBe('VEL');
    expect(event.target?.code).toBe('OST');
  });

  it('is not the source when another pronoun is the subject', () => {
    const doc = quoted(
      '"They will not negotiate with Ostland," the Velorian minister said.',
      '"They will not negotiate with Ostland,"',
    );
    const [event] = run(doc);
    expect(event.source).toBeNull();
  });
});
