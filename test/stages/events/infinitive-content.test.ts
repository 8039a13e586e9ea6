import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { analysed } from './doc.js';

const run = (doc: AnalyzedArticle) =>
  findEvents(doc, { anchor: doc.published.value, options: {} }).map(
    (e) => `${e.trigger.text} ${e.type} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'}`,
  );

describe('a bare infinitive after an event of its sentence', () => {
  it('is the content or purpose of that event, not a second event', () => {
    const call = analysed('The senator called for a prosecutor to investigate the governor.', {
      actors: [
        ['The senator', 'USALEG'],
        ['the governor', 'USAGOV'],
      ],
    });
    expect(run(call).map((e) => e.split(' ')[0])).toEqual(['called']);
    const visit = analysed('The minister met the Ruritanian envoy to discuss aid for Ruritania.', {
      actors: [
        ['The minister', 'FRAGOV'],
        ['the Ruritanian envoy', 'RURGOV'],
        ['Ruritania', 'RUR'],
      ],
    });
    expect(run(visit)).toEqual(['met CONSULT FRAGOV>RURGOV']);
  });

  it('stays the event when no event comes before it', () => {
    const tried = analysed('Gunmen tried to assassinate the mayor of Kell.', {
      actors: [['the mayor of Kell', 'PAKGOV']],
    });
    expect(run(tried).map((e) => e.split(' ')[1])).toEqual(['ASSAULT']);
  });
});
