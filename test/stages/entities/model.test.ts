import { describe, expect, it } from 'vitest';
import {
  allowedTransition,
  fromIob2,
  LABEL_COUNT,
  LABELS,
  toIob2,
} from '../../../src/stages/entities/labels.js';
import { decodeModel, encodeModel, nerModel } from '../../../src/stages/entities/model.js';

describe('labels', () => {
  it('converts IOB2 to BIOES and back', () => {
    const iob = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'O'];
    const bioes = fromIob2(iob).map((l) => LABELS[l]);
    expect(bioes).toEqual(['B-PER', 'E-PER', 'O', 'S-LOC', 'S-LOC', 'S-ORG', 'O']);
    expect(toIob2(fromIob2(iob))).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'O']);
  });

  it('allows only well-formed BIOES transitions', () => {
    const id = (l: string) => LABELS.indexOf(l);
    expect(allowedTransition(id('B-PER'), id('E-PER'))).toBe(true);
    expect(allowedTransition(id('B-PER'), id('E-ORG'))).toBe(false);
    expect(allowedTransition(id('O'), id('I-PER'))).toBe(false);
    expect(allowedTransition(id('I-PER'), -1)).toBe(false);
    expect(allowedTransition(-1, id('S-LOC'))).toBe(true);
  });
});

describe('model file', () => {
  it('round-trips through its binary format', () => {
    const weights = Float32Array.from({ length: 3 * LABEL_COUNT }, (_, k) => (k % 7) - 3.25);
    const transitions = Float32Array.from({ length: (LABEL_COUNT + 1) ** 2 }, (_, k) => k / 10);
    const model = {
      version: 'test',
      info: { note: 'x' },
      passes: [
        {
          families: ['base' as const],
          features: new Map([
            ['bias', 0],
            ['w=Ünïcode', 1],
            ['lw=a', 2],
          ]),
          weights,
          transitions,
        },
        {
          families: ['base' as const],
          features: new Map([['bias', 0]]),
          weights: weights.slice(0, LABEL_COUNT),
          transitions,
        },
      ],
    };
    const back = decodeModel(encodeModel(model));
    expect(back.version).toBe('test');
    expect([...back.passes[0].features]).toEqual([...model.passes[0].features]);
    expect([...back.passes[0].weights]).toEqual([...weights]);
    expect([...back.passes[1].features.keys()]).toEqual(['bias']);
    expect(back.passes[1].transitions[5]).toBeCloseTo(0.5);
  });

  it('the committed model is versioned and small', () => {
    const model = nerModel();
    expect(model.version).toMatch(/^ner-\d+/);
    expect(model.passes.length).toBeGreaterThan(0);
  });
});
