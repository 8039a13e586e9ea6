import { describe, expect, it } from 'vitest';
import { actorGraph, codeMatches, partners, periodOf } from '../../src/server/aggregate.js';
import type { EventRow } from '../../src/server/api-types.js';

describe('periodOf', () => {
  it('gives days, months and ISO weeks, including weeks that belong to the next or last year', () => {
    expect(periodOf('2023-07-29', 'day')).toBe('2023-07-29');
    expect(periodOf('2023-07-29T10:00', 'month')).toBe('2023-07');
    expect(periodOf('2023-07-29', 'week')).toBe('2023-W30');
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
  });
});

describe('codeMatches', () => {
  it('matches a country code against its sector codes, not the reverse', () => {
    expect(codeMatches('PRKGOV', 'PRK')).toBe(true);
    expect(codeMatches('PRK', 'PRKGOV')).toBe(false);
    expect(codeMatches(null, 'PRK')).toBe(false);
  });
});

const row = (source: string, target: string, quad = 1, more: string[][] = [[], []]): EventRow => ({
  articleId: 'a',
  articleTitle: null,
  index: 0,
  date: '2024-01-01',
  type: 'CONSULT',
  mode: null,
  cameo: '040',
  goldstein: 1,
  quad,
  source,
  target,
  sourceCodes: [source, ...more[0]],
  targetCodes: [target, ...more[1]],
  trigger: { start: 0, end: 3, text: 'met' },
  location: null,
  modality: 'asserted',
  negated: false,
  confidence: 1,
});
describe('partners', () => {
  it('counts every coordinated actor of the other side, and a further actor as a party', () => {
    const rows = [row('RUS', 'USA', 1, [['CHN'], []]), row('CHN', 'USAGOV')];
    expect(partners('CHN', rows)).toEqual([
      { code: 'USA', events: 1, meanGoldstein: 1 },
      { code: 'USAGOV', events: 1, meanGoldstein: 1 },
    ]);
    // USAGOV is a USA actor too: CHN meets it in both events, RUS in one
    expect(partners('USA', rows).map((p) => [p.code, p.events])).toEqual([
      ['CHN', 2],
      ['RUS', 1],
    ]);
  });
});

describe('actorGraph', () => {
  // a toy codebook: three-letter country codes; MED and GOV are sectors alone
  const countryOf = (code: string) =>
    ['FRA', 'DEU', 'IGO'].includes(code.slice(0, 3)) ? code.slice(0, 3) : '';

  it('joins the codes of a country and leaves out actors that name none', () => {
    const graph = actorGraph(
      [
        row('FRAGOV', 'DEU'),
        row('FRA', 'DEUMIL', 4),
        row('FRAGOV', 'DEUGOV'),
        row('MED', 'FRA'),
        row('GOV', 'IGOUNO'),
      ],
      10,
      countryOf,
    );
    expect(graph.nodes).toEqual([
      { code: 'FRA', events: 3 },
      { code: 'DEU', events: 3 },
    ]);
    expect(graph.edges).toEqual([{ source: 'FRA', target: 'DEU', events: 3, quad: 1, meanGoldstein: 1 }]);
  });

  it('counts every coded pair of coordinated actors, each country once an event', () => {
    // "France and Germany met the UN" (FRA, DEU → IGO); "France and its government met Germany"
    const graph = actorGraph(
      [row('FRA', 'IGOUNO', 1, [['DEUGOV'], []]), row('FRA', 'DEU', 1, [['FRAGOV'], ['MED']])],
      10,
      countryOf,
    );
    expect(graph.nodes).toEqual([
      { code: 'FRA', events: 2 },
      { code: 'DEU', events: 2 },
      { code: 'IGO', events: 1 },
    ]);
    expect(graph.edges.map((e) => [e.source, e.target, e.events])).toEqual([
      ['FRA', 'IGO', 1],
      ['DEU', 'IGO', 1],
      ['FRA', 'DEU', 1],
    ]);
  });
});
