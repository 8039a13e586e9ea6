import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { analysed } from './doc.js';

const run = (doc: AnalyzedArticle) =>
  findEvents(doc, { anchor: doc.published.value, options: {} }).map(
    (e) => `${e.trigger.text} ${e.type} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'}`,
  );

const marks = {
  actors: [
    ['The governor', 'USAGOV'],
    ['the senator', 'USALEG'],
    ['Ruritania', 'RUR'],
    ['Freedonia', 'FRE'],
  ] as [string, string][],
};

describe('bare support', () => {
  it('is electoral backing or a stance within one country, no event', () => {
    expect(run(analysed('The governor supports the senator.', marks))).toEqual([]);
    expect(run(analysed('The governor supports the reform of the tax code.', marks))).toEqual([]);
  });

  it('stays diplomatic cooperation across borders', () => {
    expect(run(analysed('Ruritania supports Freedonia.', marks))).toEqual(['supports SUPPORT RUR>FRE']);
  });
});
