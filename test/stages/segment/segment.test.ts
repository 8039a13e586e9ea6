import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/stages/segment/sentences.js';
import { tokenize } from '../../../src/stages/segment/tokenize.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const sentences = (text: string) =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('splits possessives and negations but keeps dotted abbreviations and numbers whole', () => {
    expect(words("North Korea's leader didn't visit the U.S. on Jan. 5, paying $3.2 million.")).toEqual([
      'North',
      'Korea',
      "'s",
      'leader',
      'did',
      "n't",
      'visit',
      'the',
      'U.S.',
      'on',
      'Jan.',
      '5',
      ',',
      'paying',
      '$',
      '3.2',
      'million',
      '.',
    ]);
  });
  it('keeps hyphenated words, COVID-19 and U.S.-led together, and curly O’Malley’s apart', () => {
    expect(words('U.S.-led talks on COVID-19 with O’Malley’s nuclear-capable aides')).toEqual([
      'U.S.-led',
      'talks',
      'on',
      'COVID-19',
      'with',
      'O’Malley',
      '’s',
      'nuclear-capable',
      'aides',
    ]);
  });
  it('keeps party-state tags and hyphen-joined acronyms whole', () => {
    expect(words('Sen. Ann Roe (R-S.C.) backed anti-U.S. rallies')).toEqual([
      'Sen.',
      'Ann',
      'Roe',
      '(',
      'R-S.C.',
      ')',
      'backed',
      'anti-U.S.',
      'rallies',
    ]);
  });
  it('gives offsets into the original text', () => {
    const text = '  Gen. Lee  arrived.';
    for (const t of tokenize(text))
      expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
    expect(words(text)).toEqual(['Gen.', 'Lee', 'arrived', '.']);
  });
});

describe('splitSentences', () => {
  it('does not break after titles, months, No. or initials', () => {
    expect(sentences('Gen. Mark Smith met No. 2 official J. Doe on Sept. 3 in Seoul. He left.')).toEqual([
      'Gen. Mark Smith met No. 2 official J. Doe on Sept. 3 in Seoul.',
      'He left.',
    ]);
  });
  it('does not break inside a party-state tag', () => {
    expect(sentences('Sen. Ann Roe (R-S.C.) said the bill would pass. Rep. Bo Li (D-N.Y.) agreed.')).toEqual([
      'Sen. Ann Roe (R-S.C.) said the bill would pass.',
      'Rep. Bo Li (D-N.Y.) agreed.',
    ]);
  });
  it('keeps a quote ending in ," with its speaker and ends after ."', () => {
    expect(sentences('"We will win," KCNA said. "It is over." Then he left.')).toEqual([
      '"We will win," KCNA said.',
      '"It is over."',
      'Then he left.',
    ]);
  });
  it('breaks after U.S. only when a sentence opener follows', () => {
    expect(sentences('Troops went to the U.S. The talks ended. The U.S. Navy sailed.')).toEqual([
      'Troops went to the U.S.',
      'The talks ended.',
      'The U.S. Navy sailed.',
    ]);
  });
  it('breaks at blank lines even without punctuation, and not after a lowercase continuation', () => {
    expect(sentences('A headline\n\n"Stop!" he shouted at them.')).toEqual([
      'A headline',
      '"Stop!" he shouted at them.',
    ]);
  });
});
