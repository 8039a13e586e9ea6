import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/eval/conll.js';
import { scoreNer, tagSpans } from '../../src/eval/ner-score.js';

describe('tagSpans', () => {
  it('follows conlleval: an I- tag after O or another type starts an entity', () => {
    expect(tagSpans(['I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG', 'B-ORG', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'ORG' },
      { start: 5, end: 7, type: 'ORG' },
    ]);
  });
});

describe('scoreNer', () => {
  it('counts exact span and type matches only', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = scoreNer(gold, predicted);
    expect(s.overall).toMatchObject({ gold: 2, predicted: 2, correct: 1, precision: 0.5, recall: 0.5 });
    expect(s.byType.LOC.f1).toBe(1);
    expect(s.byType.PER.f1).toBe(0);
  });
});

describe('parseConll', () => {
  it('splits documents and sentences and keeps every line', () => {
    const text =
      '-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP B-NP B-LOC\n';
    const { items, documents } = parseConll(text);
    expect(documents.map((d) => d.sentences.map((s) => s.words))).toEqual([
      [['EU', 'rejects'], ['Peter']],
      [['Bonn']],
    ]);
    expect(documents[0].sentences[0].lastColumn).toEqual(['B-ORG', 'O']);
    expect(items.filter((i) => i.kind === 'line')).toHaveLength(6);
  });
});
