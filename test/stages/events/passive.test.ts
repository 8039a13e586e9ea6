import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { tagged } from './doc.js';

const first = (doc: AnalyzedArticle) => findEvents(doc, { anchor: null, options: {} })[0];

describe('passives that name no agent', () => {
  it('makes the subject the target and names no source', () => {
    const event = first(
      tagged('A Velorian journalist was detained on Friday.', { actors: [['Velorian', 'VEL']] }),
    );
    expect(event.type).toBe('COERCE');
    expect(event.source).toBeNull();
    expect(event.target?.code).toBe('VEL');
  });

  it('lets the place of the event stand for the agent it does not name', () => {
    const event = first(
      tagged('Two Velorian journalists have been killed in Ostland.', {
        actors: [
          ['Velorian', 'VEL'],
          ['Ostland', 'OST'],
        ],
      }),
    );
    expect(event.source).toMatchObject({ code: 'OST', inferred: true });
    expect(event.target?.code).toBe('VEL');
  });

  it('keeps the subject as the source of a stative participle ("is opposed to")', () => {
    const event = first(
      tagged('Velor is opposed to the plan of Ostland.', {
        actors: [
          ['Velor', 'VEL'],
          ['Ostland', 'OST'],
        ],
      }),
    );
    expect(event.source?.code).toBe('VEL');
    expect(event.target?.code).toBe('OST');
  });

  it('does not read an actor of an earlier clause as the subject of the passive', () => {
    const event = findEvents(
      tagged('Velor asked Ostland to amend the law so that the marches are banned.', {
        actors: [
          ['Velor', 'VEL'],
          ['Ostland', 'OST'],
        ],
      }),
      { anchor: null, options: {} },
      { keepActorless: true },
    ).find((e) => e.trigger.text === 'banned');
    expect(event?.source?.code).toBe('OST');
  });
});

describe('the subject of a passive that is an event noun', () => {
  const actors: [string, string][] = [
    ['Velor', 'VEL'],
    ['Ostland', 'OST'],
    ['Zorvania', 'ZZZ'],
  ];
  it('is the possessor the event noun is about ("X\'s annexation of Y was condemned")', () => {
    const event = first(tagged("Velor's annexation of Ostland was condemned by Zorvania.", { actors }));
    expect(event.source?.code).toBe('ZZZ');
    expect(event.target?.code).toBe('VEL');
    const doc = tagged("Velor's attack on Ostland was condemned on Monday.", { actors });
    const agentless = findEvents(doc, { anchor: null, options: {} }).find(
      (e) => e.trigger.text === 'condemned',
    );
    expect(agentless?.source).toBeNull();
    expect(agentless?.target?.code).toBe('VEL');
  });
});
