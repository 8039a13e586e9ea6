import { describe, expect, it } from 'vitest';
import { timexes, timexValue } from './helpers.js';

// DCT for these sentences: Saturday 29 July 2023 (ISO week 30, third quarter).
const DCT = '2023-07-29';

describe('time stage: kinds of expression', () => {
  it('reads stated dates, months and years without an anchor', () => {
    expect(timexes('The photo was taken on July 28, 2023 in Pyongyang.', DCT)).toEqual([
      'July 28, 2023|DATE|2023-07-28',
    ]);
    expect(timexes('Talks began in March 1998 and ended in 2001.', null)).toEqual([
      'March 1998|DATE|1998-03',
      '2001|DATE|2001',
    ]);
    expect(timexes('The deadline is 2024-01-15.', DCT)).toEqual(['2024-01-15|DATE|2024-01-15']);
  });

  it('resolves weekdays, parts of the day and deictic days against the DCT', () => {
    expect(timexValue('Kim Friday warmly welcomed the officials.', 'Friday', DCT)).toBe('2023-07-28');
    expect(timexes('Troops moved in on Tuesday night.', DCT)).toEqual(['Tuesday night|TIME|2023-07-25TNI']);
    expect(timexes('Troops moved in on Tuesday evening.', DCT)).toEqual([
      'Tuesday evening|TIME|2023-07-25TEV',
    ]);
    expect(timexes('He arrived yesterday and leaves tomorrow.', DCT)).toEqual([
      'yesterday|DATE|2023-07-28',
      'tomorrow|DATE|2023-07-30',
    ]);
    expect(timexes('Shots were heard last night.', DCT)).toEqual(['last night|TIME|2023-07-28TNI']);
  });

  it('gives weeks, months, quarters, seasons, decades and centuries their TimeML granularity', () => {
    expect(timexValue('The submarine arrived this week.', 'this week', DCT)).toBe('2023-W30');
    expect(timexValue('Prices rose last month.', 'last month', DCT)).toBe('2023-06');
    expect(timexValue('Profit fell in the third quarter.', 'the third quarter', DCT)).toBe('2023-Q3');
    expect(timexValue('The drills were held last summer.', 'last summer', DCT)).toBe('2022-SU');
    expect(timexValue('Trade grew in the 1990s.', 'the 1990s', DCT)).toBe('199');
    expect(timexes("Sales were flat in the last half of the '80s.", DCT)).toEqual([
      "the last half of the '80s|DATE|198",
    ]);
    expect(timexValue('It changed in the 20th century.', 'the 20th century', DCT)).toBe('19');
    expect(timexValue('Sales will rise next year.', 'next year', DCT)).toBe('2024');
    expect(timexValue('Sales rose in the last half of 1989.', 'the last half of 1989', DCT)).toBe('1989-H2');
    expect(timexValue('Profit fell in the last quarter.', 'the last quarter', DCT)).toBe('2023-Q2');
  });

  it('shifts by a stated amount: ago against the DCT, earlier against the last date', () => {
    expect(timexValue('The plant closed two years ago.', 'two years ago', DCT)).toBe('2021');
    expect(timexValue('The plant closed three days ago.', 'three days ago', DCT)).toBe('2023-07-26');
    expect(
      timexValue(
        'Net income rose in the third quarter, up from a year earlier.',
        'a year earlier',
        '1989-10-26',
      ),
    ).toBe('1988-Q3');
  });

  it('finds durations and sets', () => {
    expect(timexes('The talks lasted three years.', DCT)).toEqual(['three years|DURATION|P3Y']);
    expect(timexes('Sales in the first nine months rose.', DCT)).toEqual([
      'the first nine months|DURATION|P9M',
    ]);
    expect(timexes('Rescuers searched for five hours.', DCT)).toEqual(['five hours|DURATION|PT5H']);
    expect(timexes('Drills are held every week.', DCT)).toEqual(['every week|SET|P1W']);
    expect(timexes('The newspaper appears daily.', DCT)).toEqual(['daily|SET|P1D']);
    expect(timexes('The board meets twice a week.', DCT)).toEqual(['a week|SET|P1W']);
    // A rate after an amount is not a timex in TimeBank (7 of 11 left out), nor is its amount.
    expect(timexes('The fee is $20 a year.', DCT)).toEqual([]);
    expect(timexes('Guards stay 24 hours a day.', DCT)).toEqual([]);
    expect(timexes('The flight took 5 1/2 hours.', DCT)).toEqual(['5 1/2 hours|DURATION|PT5H30M']);
    expect(timexes('He served a year and a half.', DCT)).toEqual(['a year and a half|DURATION|P1Y6M']);
  });

  it('normalises vague references to PAST_REF, PRESENT_REF and FUTURE_REF', () => {
    expect(timexes('Both have opposed sanctions in recent years.', DCT)).toEqual([
      'recent years|DATE|PAST_REF',
    ]);
    expect(timexes('The company is now profitable.', DCT)).toEqual(['now|DATE|PRESENT_REF']);
    expect(timexes('Rates may rise in the future.', DCT)).toEqual(['the future|DATE|FUTURE_REF']);
    // TimeBank marks the adjective "current" as PRESENT_REF (9 of 17 bare uses; see docs/time.md).
    expect(timexes('Given current prices, the mine is closed.', DCT)).toEqual(['current|DATE|PRESENT_REF']);
    expect(timexes('Bonds sold at the then current rate.', DCT)).toEqual(['then current|DATE|PAST_REF']);
    expect(timexes('The current account deficit widened.', DCT)).toEqual([]);
    expect(timexes('The boat drifted with the current.', DCT)).toEqual([]);
    // the word after it may be capitalised: a name, a title-case headline
    expect(timexes('The current President spoke.', DCT)).toEqual(['current|DATE|PRESENT_REF']);
    expect(timexes('Current Account Deficit Widens', DCT)).toEqual([]);
    expect(timexes('Sales rose in the current quarter.', DCT)).toEqual(['the current quarter|DATE|2023-Q3']);
  });

  it('reads clock times, holidays and years in words', () => {
    expect(timexes('Polls closed at 8 p.m. Tuesday.', DCT)).toEqual(['8 p.m. Tuesday|TIME|2023-07-25T20:00']);
    expect(timexValue('Stores were busy on Christmas Day.', 'Christmas Day', DCT)).toBe('2022-12-25');
    // The Tuesday after the first Monday of November (2022: Nov. 1 is a Tuesday, so Nov. 8).
    expect(timexValue('Turnout was high on Election Day.', 'Election Day', DCT)).toBe('2022-11-08');
    expect(timexValue('Polls will open early on Election Day.', 'Election Day', DCT)).toBe('2023-11-07');
    // Easter by the Gregorian computus (2023: April 9; 2024: March 31), and a holiday's week.
    expect(timexValue('Churches were full at Easter.', 'Easter', DCT)).toBe('2023-04-09');
    expect(timexValue('The shops shut on Good Friday.', 'Good Friday', DCT)).toBe('2023-04-07');
    expect(timexValue('Crowds arrive as Easter week begins.', 'Easter week', '2024-03-20')).toBe('2024-W13');
    expect(timexValue('Flights are full in Thanksgiving week.', 'Thanksgiving week', DCT)).toBe('2023-W47');
    expect(timexes('It happened in nineteen ninety-six.', DCT)).toEqual(['nineteen ninety-six|DATE|1996']);
    expect(timexes('The craft is two thousand years old.', DCT)).toEqual([]);
  });

  it('marks values that depend on an anchor as inferred and records the anchor', async () => {
    const { findTimexes } = await import('../../../src/stages/time/index.js');
    const [stated, relative] = findTimexes('On July 28, 2023 and on Friday.', [], DCT);
    expect(stated).toMatchObject({ value: '2023-07-28', inferred: false });
    expect(stated.anchor).toBeUndefined();
    expect(relative).toMatchObject({
      value: '2023-07-28',
      inferred: true,
      anchor: DCT,
      anchoredTo: 'published',
    });
  });
});

describe('time stage: negative cases', () => {
  it('does not take "May" or "march" as months when they are a verb or a noun', () => {
    expect(timexes('Officials said they may march on the capital.', DCT)).toEqual([]);
    expect(timexes('May the talks succeed.', DCT)).toEqual([]);
    expect(timexes('The March on Washington drew crowds.', DCT)).toEqual([]);
    expect(timexes('The vote is set for May 3.', DCT)).toEqual(['May 3|DATE|2023-05-03']);
    expect(timexes('Elections were held in May.', DCT)).toEqual(['May|DATE|2023-05']);
    // "the May elections": the month modifying a noun; "the March was peaceful" stays a protest.
    expect(timexes('The May elections were close.', DCT)).toEqual(['May|DATE|2023-05']);
    expect(timexes('The March was peaceful.', DCT)).toEqual([]);
    // a capitalized "Today" after a capitalized word is a title
    expect(timexes('She told USA Today that she would run.', DCT)).toEqual([]);
    expect(timexes('The mayor said Today is a good day.', DCT)).toEqual(['Today|DATE|2023-07-29']);
  });

  it('does not take anniversaries, wars, ages or numbers for time expressions', () => {
    expect(timexes('They marked the 70th anniversary of the end of the Korean War.', DCT)).toEqual([]);
    expect(timexes('A 47-year-old man was arrested.', DCT)).toEqual([]);
    expect(timexes('The company paid $1995 for 2,000 shares.', DCT)).toEqual([]);
    // a count of things per unit is a rate, not a duration
    expect(timexes('The airline added four flights a week to Seoul.', DCT)).toEqual([]);
    expect(timexes('The port handles 300 ships a month.', DCT)).toEqual([]);
    expect(timexes('The inspection took a week.', DCT)).toEqual(['a week|DURATION|P1W']);
  });
});
