import { describe, expect, it } from 'vitest';
import { chunksOf, iob2Transitions, scoreChunks, toIob2 } from '../../src/ml/iob.js';

describe('IOB helpers', () => {
  it('converts IOB1 to IOB2 and leaves IOB2 alone', () => {
    expect(toIob2(['I-NP', 'I-NP', 'B-NP', 'O', 'I-VP', 'I-PP'])).toEqual([
      'B-NP',
      'I-NP',
      'B-NP',
      'O',
      'B-VP',
      'B-PP',
    ]);
    const iob2 = ['B-NP', 'I-NP', 'B-VP', 'B-NP', 'O'];
    expect(toIob2(iob2)).toEqual(iob2);
  });

  it('reads chunks, a stray I- opening one as conlleval does', () => {
    expect(chunksOf(['B-NP', 'I-NP', 'I-VP', 'O', 'B-PP', 'B-NP'])).toEqual([
      { type: 'NP', start: 0, end: 2 },
      { type: 'VP', start: 2, end: 3 },
      { type: 'PP', start: 4, end: 5 },
      { type: 'NP', start: 5, end: 6 },
    ]);
  });

  it('forbids I-X except after B-X or I-X', () => {
    const labels = ['B-NP', 'I-NP', 'O'];
    const allowed = iob2Transitions(labels);
    const ok = (prev: number, next: number) => allowed[(prev + 1) * labels.length + next] === 1;
    expect(ok(-1, 1)).toBe(false);
    expect(ok(0, 1)).toBe(true);
    expect(ok(1, 1)).toBe(true);
    expect(ok(2, 1)).toBe(false);
    expect(ok(2, 0)).toBe(true);
  });

  it('scores exact chunk matches', () => {
    const s = scoreChunks([
      { gold: ['B-NP', 'I-NP', 'B-VP', 'B-NP'], predicted: ['B-NP', 'I-NP', 'B-VP', 'O'] },
      { gold: ['B-NP', 'O'], predicted: ['B-NP', 'B-NP'] },
    ]);
    expect(s.gold).toBe(4);
    expect(s.predicted).toBe(4);
    expect(s.correct).toBe(3);
    expect(s.f1).toBeCloseTo(0.75);
    expect(s.byType.VP.f1).toBe(1);
  });
});
