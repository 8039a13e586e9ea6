// Pass two's document context: what pass one said about each word elsewhere in the document.
import { describe, expect, it } from 'vitest';
import { prepareSentence } from '../../../src/stages/entities/features.js';
import { fromIob2 } from '../../../src/stages/entities/labels.js';
import { firstPassNameLabels, firstPassTypes } from '../../../src/stages/entities/tagger.js';

const resources = { families: new Set<never>() };
const sentence = (text: string) => prepareSentence(text.split(' '), resources);

describe('pass two context', () => {
  const sentences = [
    sentence('Shares of Magna International Inc rose .'),
    sentence('Magna said Julius Nyerere met Magna .'),
  ];
  const labels = [
    fromIob2(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']),
    fromIob2(['B-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'O']),
  ];

  it('gives each word its place in the longest multi-word name pass one put it in', () => {
    const names = firstPassNameLabels(sentences, labels);
    expect(names.get('magna')).toBe('B-ORG');
    expect(names.get('international')).toBe('I-ORG');
    expect(names.get('inc')).toBe('E-ORG');
    expect(names.get('julius')).toBe('B-PER');
    expect(names.get('nyerere')).toBe('E-PER');
    expect(names.has('shares')).toBe(false);
  });

  it('still gives the majority type, which the name label can overrule', () => {
    expect(firstPassTypes(sentences, labels).get('magna')).toBe('PER');
  });
});
