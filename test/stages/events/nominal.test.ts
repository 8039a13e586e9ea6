import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { nominalMatches } from '../../../src/stages/events/nominal.js';
import { tagged } from './doc.js';

const run = (doc: AnalyzedArticle) => findEvents(doc, { anchor: null, options: {} });

describe('events stated by a noun', () => {
  it('reads the possessive as the actor and "of" as the one acted on', () => {
    const doc = tagged("Zorvania's invasion of Moldavia began before dawn.", {
      actors: [
        ['Zorvania', 'ZZZ'],
        ['Moldavia', 'MDA'],
      ],
    });
    const [event] = run(doc);
    expect(event.trigger.text).toBe('invasion');
    expect(event.cameo).toBe('192');
    expect([event.source?.code, event.target?.code]).toEqual(['ZZZ', 'MDA']);
    expect(event.subordinate).toBe(true);
  });

  it('reads the possessive of an imprisonment or a killing as the one who undergoes it', () => {
    const actors: [string, string][] = [
      ['Zorvania', 'ZZZ'],
      ['Tom Berg', 'MDAOPP'],
    ];
    const undergoes = run(tagged("Zorvania condemned Tom Berg's imprisonment.", { actors })).find(
      (e) => e.trigger.text === 'imprisonment',
    );
    expect(undergoes?.target?.code).toBe('MDAOPP');
    expect(undergoes?.source).toBeNull();
    // with an "of" phrase the possessor is the one who does it
    const does = run(tagged("Zorvania's arrest of Tom Berg drew protests.", { actors })).find(
      (e) => e.trigger.text === 'arrest',
    );
    expect([does?.source?.code, does?.target?.code]).toEqual(['ZZZ', 'MDAOPP']);
  });

  it('reads a coordinated possessive as every actor, a comma alone as an apposition', () => {
    const actors: [string, string][] = [
      ['Zorvania', 'ZZZ'],
      ['Moldavia', 'MDA'],
      ['Karelia', 'KRL'],
    ];
    const joint = tagged("Zorvania and Moldavia's invasion of Karelia began before dawn.", { actors });
    expect(run(joint).map((e) => [e.source?.codes, e.target?.code])).toEqual([[['ZZZ', 'MDA'], 'KRL']]);
    const apposition = tagged("In Karelia, Moldavia's invasion of Zorvania began before dawn.", { actors });
    expect(run(apposition).map((e) => [e.source?.code, e.target?.code])).toEqual([['MDA', 'ZZZ']]);
  });

  it('takes every party of "between" as a source, and "on" as the target', () => {
    const talks = tagged('Talks between Zorvania and Moldavia ended without a deal.', {
      actors: [
        ['Zorvania', 'ZZZ'],
        ['Moldavia', 'MDA'],
      ],
    });
    const [event] = run(talks);
    expect(event.type).toBe('CONSULT');
    expect(event.source?.codes).toEqual(['ZZZ', 'MDA']);
    const sanctions = tagged('New sanctions on Moldavia took effect.', { actors: [['Moldavia', 'MDA']] });
    expect(run(sanctions).map((e) => [e.type, e.target?.code])).toEqual([['SANCTION', 'MDA']]);
  });

  it('reads "of" as the actor of an intransitive noun, and "to" as where the visit goes', () => {
    const doc = tagged('The visit of the Zorvanian president to Moldavia was short.', {
      actors: [
        ['Zorvanian president', 'ZZZGOV'],
        ['Moldavia', 'MDA'],
      ],
    });
    const [event] = run(doc);
    expect([event.type, event.source?.code, event.target?.code]).toEqual(['CONSULT', 'ZZZGOV', 'MDA']);
  });

  it('reads "the endorsement of X" as X endorsing, unless "by" names the one who endorses', () => {
    const marks = {
      actors: [
        ['Senator Varga', 'ZZZLEG'],
        ['mayor', 'ZZZGOV'],
      ] as [string, string][],
    };
    const given = tagged('The mayor welcomed the endorsement of Senator Varga.', marks);
    expect(run(given).map((e) => [e.cameo, e.source?.code, e.target?.code])).toContainEqual([
      '051',
      'ZZZLEG',
      undefined,
    ]);
    const by = tagged('The endorsement of Senator Varga by the mayor came late.', marks);
    expect(run(by).map((e) => [e.source?.code, e.target?.code])).toEqual([['ZZZGOV', 'ZZZLEG']]);
  });

  it('reads a headline\'s "X talks to Y about …" as a conversation, not negotiation', () => {
    const doc = tagged('Varga talks to Moldavia about taxes.', {
      actors: [
        ['Varga', 'ZZZGOV'],
        ['Moldavia', 'MDA'],
      ],
    });
    expect(run(doc).map((e) => e.cameo)).not.toContain('046');
    // the rule itself, with the tags given: "talks" before "to" in a verbless headline is no noun trigger
    const words = ['varga', 'talks', 'to', 'moldavia', 'about', 'taxes', '.'];
    const tags = ['NNP', 'NNS', 'TO', 'NNP', 'IN', 'NNS', '.'];
    expect(nominalMatches(words, tags, new Set())).toEqual([]);
    expect(
      nominalMatches(['peace', 'talks', 'resumed', '.'], ['NN', 'NNS', 'VBD', '.'], new Set()),
    ).toMatchObject([{ head: 1, verb: 'negotiate' }]); // with the verb it names (what verb tables are keyed on)
  });

  it('codes no event for a noun with no actor around it, nor one that a verb pattern took', () => {
    const bare = tagged('The investigation is independent, Zorvania said.', {
      actors: [['Zorvania', 'ZZZ']],
    });
    expect(run(bare)).toEqual([]);
    const held = tagged('Zorvania held talks with Moldavia on Monday.', {
      actors: [
        ['Zorvania', 'ZZZ'],
        ['Moldavia', 'MDA'],
      ],
    });
    expect(run(held).map((e) => e.trigger.text)).toEqual(['held']);
  });
});
