import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../src/stages/time/tense.js';
import { timexValue } from './helpers.js';

const tenseOf = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  return clauseTense(sentence, i, i + word.length);
};

describe('tense of the clause around a time expression', () => {
  it('reads past, future and present markers in the same clause', () => {
    expect(tenseOf('Kim Friday warmly welcomed the officials.', 'Friday')).toBe('past');
    expect(tenseOf('The monarch will meet Bush on Thursday in Maine.', 'Thursday')).toBe('future');
    expect(tenseOf('The talks are on Monday.', 'Monday')).toBe('present');
    expect(tenseOf('Rebels took the town Sunday and will hold it.', 'Sunday')).toBe('past');
  });

  it('reads a report\'s tense, not its content\'s, when "that" opens the content after the expression', () => {
    expect(tenseOf('The envoy told reporters on Thursday that the truce would start.', 'Thursday')).toBe(
      'past',
    );
    expect(tenseOf('The envoy will say on Monday that the talks failed.', 'Monday')).toBe('future');
    // a "that" before the expression is as often a determiner: the clause runs on
    expect(tenseOf('He said that the talks will resume on Monday.', 'Monday')).toBe('future');
  });

  it('reads "is to" + verb as a plan', () => {
    expect(tenseOf('The exchange is to reopen for trading in Paris Monday.', 'Monday')).toBe('future');
  });

  it('does not take "next to" as a future cue', () => {
    expect(tenseOf('Two men were hurt next to the station on Friday.', 'Friday')).toBe('past');
  });

  it('does not take a negated participle ("unspecified") as a past verb', () => {
    const text = 'The bonus would go out on a still unspecified day in May.';
    expect(tenseOf(text, 'May')).toBe('future');
    expect(tenseOf('The firm unveiled the design in May.', 'May')).toBe('past');
    expect(tenseOf('The court unsealed the charges in May.', 'May')).toBe('past');
    // "under-" is no negation: such verbs are read by the -ed rule, listed or not
    expect(tenseOf('Analysts underestimated demand in May.', 'May')).toBe('past');
    expect(tenseOf('The minister underscored the risk in May.', 'May')).toBe('past');
  });

  it("gives an irregular participle after an auxiliary the auxiliary's tense", () => {
    expect(tenseOf('The dividend will be paid in January.', 'January')).toBe('future');
    expect(tenseOf('The dividend was paid in January.', 'January')).toBe('past');
  });
});

describe('news tense rules', () => {
  // DCT Wednesday 2 August 2023.
  const DCT = '2023-08-02';

  it('puts a weekday in a past clause on the latest such day, in a future clause on the next', () => {
    expect(timexValue('The minister resigned Monday.', 'Monday', DCT)).toBe('2023-07-31');
    expect(timexValue('The minister will resign Monday.', 'Monday', DCT)).toBe('2023-08-07');
    expect(timexValue('Protesters gathered on Wednesday.', 'Wednesday', DCT)).toBe('2023-08-02');
  });

  it('reads "last", "this" and "next" weekdays as TimeML does', () => {
    expect(timexValue('He spoke last Friday.', 'last Friday', DCT)).toBe('2023-07-28');
    expect(timexValue('He speaks next Friday.', 'next Friday', DCT)).toBe('2023-08-04');
    expect(timexValue('He speaks next Friday.', 'next Friday', '2023-08-04')).toBe('2023-08-11');
    expect(timexValue('He spoke last Friday.', 'last Friday', '2023-08-04')).toBe('2023-07-28');
    expect(timexValue('He speaks this Friday.', 'this Friday', DCT)).toBe('2023-08-04');
  });

  it('places a year-less date in the tense direction, unless the other way is far nearer', () => {
    // DCT in July: March is four months back, next March eight months ahead.
    expect(timexValue('The treaty will be signed on March 3.', 'March 3', '2023-07-29')).toBe('2024-03-03');
    expect(timexValue('The treaty was signed on March 3.', 'March 3', '2023-07-29')).toBe('2023-03-03');
    // A past clause five days after the DCT: the date far back is not taken.
    expect(timexValue('The vote was scheduled for Aug. 3.', 'Aug. 3', '2023-07-29')).toBe('2023-08-03');
  });

  it('handles year-less dates around New Year', () => {
    expect(timexValue('The fighting broke out on Dec. 30.', 'Dec. 30', '2024-01-03')).toBe('2023-12-30');
    expect(timexValue('Talks will resume on Jan. 2.', 'Jan. 2', '2023-12-29')).toBe('2024-01-02');
    expect(timexValue('Markets reopen Jan. 2.', 'Jan. 2', '2023-12-29')).toBe('2024-01-02');
    expect(timexValue('The law took effect in December.', 'December', '2024-01-10')).toBe('2023-12');
    expect(timexValue('The law takes effect in January.', 'January', '2023-12-20')).toBe('2024-01');
  });

  it('lets a printed weekday choose the year of a year-less date', () => {
    // 29 December is a Friday in 2023, a Sunday in 2024: the weekday outweighs the future tense.
    expect(timexValue('They will meet on Friday, Dec. 29.', 'Friday, Dec. 29', '2024-01-03')).toBe(
      '2023-12-29',
    );
  });

  it('leaves relative expressions underspecified without a DCT', () => {
    expect(timexValue('He resigned Monday.', 'Monday', null)).toBe('XXXX-WXX-1');
  });
});

describe('future cues', () => {
  it('reads an infinitive or a passive future just before the expression as future', () => {
    expect(tenseOf('The peace process, set to resume Monday, was fragile.', 'Monday')).toBe('future');
    expect(tenseOf('The deal is scheduled to close Monday.', 'Monday')).toBe('future');
    expect(tenseOf('The treaty will be signed on Monday.', 'Monday')).toBe('future');
  });
});

describe('a parenthesis without a tense of its own', () => {
  it('takes the tense of the clause before it, not of the verb after it', () => {
    const text = 'The ship will sail at dawn (6 a.m. Friday), the captain said.';
    expect(timexValue(text, '6 a.m. Friday', '2023-07-26')).toBe('2023-07-28T06:00');
  });
});
