import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../src/stages/events/index.js';
import { tagged } from './doc.js';

const actors: [string, string][] = [
  ['Velor', 'VEL'],
  ['Ostland', 'OST'],
];
const run = (text: string) => findEvents(tagged(text, { actors }), { anchor: null, options: {} });

describe('a bare appeal verb', () => {
  it.each([
    'Velor asked Ostland for tanks.',
    'Velor appealed to Ostland for air defense systems.',
    "Velor asked Ostland's leaders for tanks.",
    'Velor urged Ostland to return to the table.',
  ])('is a request when it names whom it asks and for what: %s', (text) => {
    const [event] = run(text);
    expect(event?.type).toBe('REQUEST');
    expect(event?.source?.code).toBe('VEL');
    expect(event?.target?.code).toBe('OST');
  });

  it.each([
    'Velor asked whether Ostland would come.',
    'Velor hopes Ostland will come.',
    'Velor urged caution.',
  ])('is no event when it asks a question or wishes: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
