import { describe, expect, it } from 'vitest';
import { eventFeatures } from '../../../src/stages/events/features.js';

const keys = (words: string[]) => {
  const f = eventFeatures(words);
  return new Set(Array.from(f.keys.slice(0, f.count)));
};
const shared = (a: string[], b: string[]) => {
  const ka = keys(a);
  return [...keys(b)].filter((k) => ka.has(k)).length;
};

describe('event classifier features', () => {
  it('lets sentences with no word in common share what the CAMEO dictionary says of their verbs', () => {
    // both verbs are force (CAMEO 19x) in the dictionary; the nouns are not dictionary verbs
    expect(shared(['troops', 'shelled', 'villages'], ['soldiers', 'bombarded', 'towns'])).toBeGreaterThan(0);
    expect(shared(['farmers', 'harvested', 'wheat'], ['soldiers', 'bombarded', 'towns'])).toBe(0);
  });
});
