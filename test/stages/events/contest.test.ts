// The election-as-fight rules of contest.ts: a contest verb, or an assault, between political actors
// of one country.
import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { analysed } from './doc.js';

const run = (doc: AnalyzedArticle) => findEvents(doc, { anchor: doc.published.value, options: {} });

describe('a verb of winning between political actors of one country', () => {
  it('is an election contest, not an assault or a seizure', () => {
    const beat = analysed('Senator Ada Kell beat Governor Boro Lint in the primary.', {
      actors: [
        ['Senator Ada Kell', 'USALEG'],
        ['Governor Boro Lint', 'USAGOV'],
      ],
    });
    expect(run(beat)).toEqual([]);
    const captured = analysed('The senator captured Texas and Ohio.', {
      actors: [
        ['The senator', 'USALEG'],
        ['Texas', 'USA'],
        ['Ohio', 'USA'],
      ],
    });
    expect(run(captured)).toEqual([]);
  });

  it('stays a fight or a seizure for armed forces, police and rebels, or across borders', () => {
    const army = analysed('The army captured the town of Kell.', {
      actors: [
        ['The army', 'SYRMIL'],
        ['Kell', 'SYR'],
      ],
    });
    expect(run(army).map((e) => e.type)).toEqual(['COERCE']);
    const police = analysed('Police beat the opposition leader.', {
      actors: [
        ['Police', 'KENCOP'],
        ['the opposition leader', 'KENOPP'],
      ],
    });
    expect(run(police).map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('an assault between political actors of one country', () => {
  it('is an attack in words, criticism (111)', () => {
    const attack = analysed('Governor Boro Lint attacked Senator Ada Kell over the budget.', {
      actors: [
        ['Governor Boro Lint', 'USAGOV'],
        ['Senator Ada Kell', 'USALEG'],
      ],
    });
    expect(run(attack).map((e) => `${e.type} ${e.cameo}`)).toEqual(['ACCUSE 111']);
  });

  it('stays an assault across borders and for armed forces', () => {
    const army = analysed('The army attacked the rebels in Kell.', {
      actors: [
        ['The army', 'SYRMIL'],
        ['the rebels', 'SYRREB'],
      ],
    });
    expect(run(army).map((e) => e.type)).toEqual(['ASSAULT']);
    const abroad = analysed('Ruritania attacked Freedonia.', {
      actors: [
        ['Ruritania', 'RURGOV'],
        ['Freedonia', 'FREGOV'],
      ],
    });
    expect(run(abroad).map((e) => e.type)).toEqual(['ASSAULT']);
  });
});
