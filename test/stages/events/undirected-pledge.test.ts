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
    ['The senator', 'USALEG'],
    ['Ruritania', 'RUR'],
    ['Freedonia', 'FRE'],
  ] as [string, string][],
};

describe('an intent to cooperate made to nobody', () => {
  it('is a promise, no event between actors', () => {
    expect(run(analysed('The senator promised to end the program.', marks))).toEqual([]);
    expect(run(analysed('The senator pledged to fix the tax code.', marks))).toEqual([]);
  });

  it('stays an event with a counterpart, between several parties, or as an intent to yield', () => {
    expect(run(analysed('Ruritania pledged to help Freedonia.', marks))).toEqual(['help AGREE RUR>FRE']);
    expect(run(analysed('Ruritania and Freedonia pledged to expand trade.', marks))).toHaveLength(1);
    expect(run(analysed('The senator will resign.', marks)).map((e) => e.split(' ')[1])).toEqual(['AGREE']);
  });
});
