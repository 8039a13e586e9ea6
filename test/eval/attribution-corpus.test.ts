import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/doc/schema.js';
import { univocal } from '../../src/eval/attribution-corpus.js';

const at = (start: number, end: number): Attribution => ({
  kind: 'indirect',
  source: null,
  cue: null,
  content: { start, end, text: '' },
});

describe('univocal', () => {
  it('keeps the outermost of nested attributions and leaves separate ones alone', () => {
    const outer = at(0, 100);
    const inner = at(30, 90);
    const apart = at(120, 160);
    expect(univocal([inner, outer, apart])).toEqual([outer, apart]);
  });

  it('keeps both of two contents that merely touch', () => {
    expect(univocal([at(0, 50), at(40, 100)])).toHaveLength(2);
  });
});
