import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/doc/sorted.js';

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
