import { describe, expect, it } from 'vitest';
import { ptbTag } from '../../../src/stages/syntax/ptb.js';

const at = (text: string, token: string, from = 0) => {
  const start = text.indexOf(token, from);
  return [text, start, start + token.length] as const;
};

describe('ptbTag', () => {
  it('tells opening from closing straight quotes by the text around them', () => {
    const text = 'He said "no" and left.';
    expect(ptbTag('"', ...at(text, '"'))).toBe('``');
    expect(ptbTag('"', ...at(text, '"', 10))).toBe("''");
  });

  it('maps curly quotes by their shape', () => {
    const text = 'He said “no” and left.';
    expect(ptbTag('"', ...at(text, '“'))).toBe('``');
    expect(ptbTag('"', ...at(text, '”'))).toBe("''");
  });

  it('names brackets as PTB does and keeps other tags', () => {
    expect(ptbTag('(', ...at('a (b)', '('))).toBe('-LRB-');
    expect(ptbTag(')', ...at('a (b)', ')'))).toBe('-RRB-');
    expect(ptbTag('NNP', ...at('Kim', 'Kim'))).toBe('NNP');
  });
});
