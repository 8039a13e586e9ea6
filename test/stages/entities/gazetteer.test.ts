// Gazetteer marks: for each token, the longest match of each category starting at it or covering
// it; short one-word entries match only in capitals.
import { describe, expect, it } from 'vitest';
import { gazetteerMarks } from '../../../src/stages/entities/gazetteer.js';

const marks = (text: string) => {
  const words = text.split(' ');
  return gazetteerMarks(
    words,
    words.map((w) => w.toLowerCase()),
  );
};

describe('gazetteerMarks', () => {
  it('marks every category of the longest match at a token, and its place in it', () => {
    const [north, korea, fires] = marks('North Korea fires');
    expect(north).toEqual(['COUNTRY:B', 'PLACE:B']);
    // "korea" alone is a place too
    expect(korea).toEqual(['COUNTRY:E', 'PLACE:E', 'PLACE:S']);
    expect(fires).toEqual([]);
  });

  it('prefers the longer of two entries of one category', () => {
    const [, newToken, york, city] = marks('in New York City today');
    expect(newToken).toEqual(['PLACE:B']);
    expect(york).toEqual(['PLACE:I']);
    expect(city).toEqual(['PLACE:E']);
  });

  it('matches a one-word entry of up to three letters only when written in capitals', () => {
    expect(marks('a UN official')[1]).toEqual(['ORG:S']);
    expect(marks('Kim Jong Un said')[2]).toEqual([]);
  });
});
