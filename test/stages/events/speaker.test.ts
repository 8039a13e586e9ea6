import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';
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

  it('is not the source of what is done to the speaker (a passive)', () => {
    const doc = quoted(
      '"We were attacked by Ostland last night," the Velorian minister said.',
      '"We were attacked by Ostland last night,"',
    );
    const attack = run(doc).find((e) => e.trigger.text === 'attacked');
    expect(attack?.source?.code).toBe('OST');
  });

  it('undergoes a first-person passive with no agent, the place standing for the agent', () => {
    const doc = quoted(
      '"We were detained in Ostland for a week," the Velorian minister said.',
      '"We were detained in Ostland for a week,"',
    );
    const detained = run(doc).find((e) => e.trigger.text === 'detained');
    expect([detained?.source?.code, detained?.target?.code]).toEqual(['OST', 'VEL']);
  });

  it('is only the subject right before the verb, not a pronoun earlier in the quote', () => {
    const doc = quoted(
      '"We believe the rebels will attack Ostland," the Velorian minister said.',
      '"We believe the rebels will attack Ostland,"',
    );
    const attack = run(doc).find((e) => e.trigger.text === 'attack');
    expect(attack?.source?.code ?? '').not.toBe('VEL');
  });
});

describe('a first-person subject inside a quotation, through the whole pipeline', () => {
  it('replaces the actor the search found before it ("the people of Kenya, I concede")', () => {
    const text = '"After hearing the people of Kenya, I concede," President William Ruto said.';
    const doc = buildPipeline(DEFAULT_STAGES).run(plainArticle(text, { format: 'text' }));
    const concede = doc.events?.find((e) => e.trigger.text === 'concede');
    expect(concede?.source?.code).toBe('KENGOV');
  });
});
