import { describe, expect, it } from 'vitest';
import { bySentence, partitionPoint } from '../../src/doc/sorted.js';

describe('partitionPoint', () => {
  it('finds the first item the test no longer holds for', () => {
    const starts = [0, 4, 4, 9, 15];
    expect(partitionPoint(starts, (x) => x < 4)).toBe(1);
    expect(partitionPoint(starts, (x) => x <= 4)).toBe(3);
    expect(partitionPoint(starts, (x) => x < 0)).toBe(0);
    expect(partitionPoint(starts, (x) => x < 100)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});

describe('bySentence', () => {
  it('puts each item in the sentence holding all of it, none when it reaches past the end', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    const items = [
      { start: 0, end: 3 },
      { start: 12, end: 15 },
      { start: 8, end: 13 },
      { start: 5, end: 10 },
    ];
    expect(bySentence(sentences, items, (x) => x)).toEqual([[items[0], items[3]], [items[1]]]);
  });
});
