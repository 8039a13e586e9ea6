import { expect, it } from 'vitest';
import { readConll } from '../../../src/stages/syntax/conll.js';
import { scoreSyntax } from '../../../src/stages/syntax/evaluate.js';
import { syntaxTagger } from '../../../src/stages/syntax/models.js';
import { describeShared, sharedPath } from '../../support/shared.js';

describeShared('syntax on CoNLL-2003 dev', () => {
  it('reaches the POS accuracy and chunk F1 targets', () => {
    const scores = scoreSyntax(syntaxTagger(), readConll(sharedPath('data', 'conll2003', 'dev.txt')));
    expect(scores.tokens).toBeGreaterThan(50_000);
    expect(scores.posAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.chunks.f1).toBeGreaterThanOrEqual(0.91);
  });
});
