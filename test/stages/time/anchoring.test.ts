import { describe, expect, it } from 'vitest';
import { timexes, timexValue } from './helpers.js';

// Rules added from the TBAQ error analysis; each sentence is our own. DCT: Saturday 29 July 2023.
const DCT = '2023-07-29';

describe('weekdays anchored to the text', () => {
  it('reads "the previous Friday" from the last day mentioned, not from the DCT', () => {
    const text = 'The index closed at 2,000 on July 21, down 3% from the previous Friday.';
    expect(timexValue(text, 'the previous Friday', DCT)).toBe('2023-07-14');
    expect(timexValue('Shares fell, down 3% from the previous Friday.', 'the previous Friday', DCT)).toBe(
      '2023-07-28',
    );
  });

  it('reads "the following Monday" after the last day mentioned', () => {
    const text = 'The court met on July 5 and ruled the following Monday.';
    expect(timexValue(text, 'the following Monday', DCT)).toBe('2023-07-10');
  });

  it('folds "morning" after a weekday into the day, as the corpus mostly does; "night" keeps TNI', () => {
    expect(timexes('Rebels shelled the port on Tuesday night.', DCT)).toEqual([
      'Tuesday night|TIME|2023-07-25TNI',
    ]);
    expect(timexValue('The vote was held Thursday morning.', 'Thursday morning', DCT)).toBe('2023-07-27');
    expect(timexValue('The vote was held Thursday afternoon.', 'Thursday afternoon', DCT)).toBe(
      '2023-07-27TAF',
    );
  });

  it('makes both weekdays sets before a shared plural part of the day', () => {
    expect(timexes('Buses will run on Friday and Saturday nights.', DCT)).toEqual([
      'Friday|SET|XXXX-WXX-5TNI',
      'Saturday nights|SET|XXXX-WXX-6TNI',
    ]);
  });

  it('reads "today is the eighth day of …" as the DCT', () => {
    expect(timexValue('Today is the eighth day of the strike.', 'the eighth day', DCT)).toBe('2023-07-29');
    expect(timexValue("It's the second day of the offensive.", 'the second day', DCT)).toBe('2023-07-29');
    expect(timexes('He quit on the second day of the trial.', DCT)).toEqual([]);
  });

  it('puts a possessive weekday on the latest such day whatever the tense', () => {
    // Thursday (27th) is nearer ahead of a Monday DCT than behind it, but "Thursday's price" is reported.
    expect(timexValue("The bid is 20% over Thursday's closing price.", 'Thursday', '2023-07-31')).toBe(
      '2023-07-27',
    );
    expect(timexValue("They would appeal Wednesday's ruling.", 'Wednesday', DCT)).toBe('2023-07-26');
  });
});

describe('"a year earlier" compares with the last reporting period', () => {
  const DCT_Q4 = '2023-10-30';
  it('is the year before after "the nine months", the quarter before after a quarter', () => {
    const nine = 'For the nine months, profit rose to $9 million from $7 million a year earlier.';
    expect(timexValue(nine, 'a year earlier', DCT_Q4)).toBe('2022');
    expect(timexValue('For the nine months, profit beat year-earlier results.', 'year-earlier', DCT_Q4)).toBe(
      '2022',
    );
    const quarter = 'In the third quarter, profit rose to $9 million from $7 million a year earlier.';
    expect(timexValue(quarter, 'a year earlier', DCT_Q4)).toBe('2022-Q3');
  });

  it('skips a quarter mentioned in passing with "a" ("after a weak second quarter")', () => {
    const text =
      'Net rose in the third quarter. After a weak second quarter, sales grew faster than a year earlier.';
    expect(timexValue(text, 'a year earlier', DCT_Q4)).toBe('2022-Q3');
    const adjective = 'The firm posted a third-quarter loss, against a profit a year earlier.';
    expect(timexValue(adjective, 'a year earlier', DCT_Q4)).toBe('2022-Q3');
  });

  it('reads "the 1988 period" after "the nine months" as that year', () => {
    const text = 'In the first nine months, net was $3 million, against a loss in the 2022 period.';
    expect(timexValue(text, 'the 2022 period', DCT_Q4)).toBe('2022');
    expect(
      timexValue('In the third quarter, net fell from the 2022 period.', 'the 2022 period', DCT_Q4),
    ).toBe('2022-Q3');
  });

  it('reads "the year-earlier nine months" as one duration, not a new reporting period', () => {
    const text =
      'In the third quarter, net rose. Net for the year-earlier nine months was lower than a year earlier.';
    expect(timexes(text, DCT_Q4)).toEqual([
      'the third quarter|DATE|2023-Q3',
      'the year-earlier nine months|DURATION|P9M',
      'a year earlier|DATE|2022-Q3',
    ]);
  });

  it('reads "the quarter a year ago" as one expression, the year-ago reporting quarter', () => {
    const text =
      'The bank lost money in the third quarter. For the quarter a year ago, it earned $5 million.';
    expect(timexValue(text, 'the quarter a year ago', DCT_Q4)).toBe('2022-Q3');
  });

  it('reads "that quarter" as the last quarter named, not the quarter of the last date', () => {
    const text =
      'Profit rose in the second quarter ended Oct. 31. Results for that quarter included a charge.';
    expect(timexValue(text, 'that quarter', '2023-11-15')).toBe('2023-Q2');
  });

  it('takes "the latest quarter" as the period a later comparison refers to', () => {
    const text = 'For the nine months, sales rose. In the latest quarter, profit fell from a year ago.';
    expect(timexValue(text, 'a year ago', DCT_Q4)).toBe('2022-Q3');
  });
});

describe('"the year"', () => {
  it('is a one-year span before "ended"/"ending", else the DCT year', () => {
    expect(timexValue('Sales for the year ended June 30 rose 4%.', 'the year', DCT)).toBe('P1Y');
    expect(timexValue('Sales in the fiscal year ending March 31 fell.', 'the fiscal year', DCT)).toBe('P1Y');
    expect(timexValue('The shares hit a high for the year in June.', 'the year', DCT)).toBe('2023');
    expect(timexValue('Profit fell from the year before.', 'the year', DCT)).toBeUndefined();
  });
});

describe('"the week"', () => {
  it('is an unspecified week of the DCT year, unless a date or direction follows', () => {
    expect(timexValue('For the week, the bond index slipped 1%.', 'the week', DCT)).toBe('2023-WXX');
    expect(timexValue("It was the week's quietest session.", 'the week', DCT)).toBe('2023-WXX');
    expect(timexValue('Talks resume the week of March 6.', 'the week of March 6', DCT)).toBe('2023-W10');
    expect(timexValue('Sales fell from the week before.', 'the week', DCT)).toBeUndefined();
  });
});

describe('future cues of business news', () => {
  it('reads "effective" and "payable" before a year-less date as future', () => {
    const DCT_OCT = '2023-10-26';
    expect(timexValue('The bank named a new chairman, effective Feb. 1.', 'Feb. 1', DCT_OCT)).toBe(
      '2024-02-01',
    );
    expect(timexValue('It declared a dividend, payable Jan. 15.', 'Jan. 15', DCT_OCT)).toBe('2024-01-15');
  });
});

describe('coordinated days', () => {
  it('reads the second day of "April 24 and 25" in the first one\'s month', () => {
    expect(timexes('The summit meets on April 24 and 25.', DCT)).toEqual([
      'April 24|DATE|2023-04-24',
      '25|DATE|2023-04-25',
    ]);
    expect(timexes('Shares rose on April 24 and 25 percent of them fell.', DCT)).toEqual([
      'April 24|DATE|2023-04-24',
    ]);
  });
});

describe('"that (same) day"', () => {
  it('is the last date mentioned, a day of its month when only the month is known', () => {
    const text = 'Rebels took the town last October. The mayor fled that same day.';
    expect(timexValue(text, 'that same day', DCT)).toBe('2022-10-XX');
    expect(timexValue('Rebels took the town on July 3. The mayor fled that day.', 'that day', DCT)).toBe(
      '2023-07-03',
    );
  });
});

describe('delays', () => {
  it('puts the day after "postponed/extended … until" ahead', () => {
    expect(timexValue('Officials postponed until Tuesday any ruling on the case.', 'Tuesday', DCT)).toBe(
      '2023-08-01',
    );
    expect(timexValue('The agency extended its deadline until Friday.', 'Friday', DCT)).toBe('2023-08-04');
    expect(timexValue('The talks lasted until Tuesday.', 'Tuesday', DCT)).toBe('2023-07-25');
  });
});

describe('pluperfect plans', () => {
  it('reads "had been due/scheduled to" as past: the planned day has gone by', () => {
    // DCT Monday 31 July 2023: the past Friday is the 28th, the next one 4 August.
    const MONDAY = '2023-07-31';
    expect(timexValue('The offer had been due to expire Friday evening.', 'Friday evening', MONDAY)).toBe(
      '2023-07-28TEV',
    );
    expect(timexValue('The vote had been scheduled for Friday.', 'Friday', MONDAY)).toBe('2023-07-28');
    expect(timexValue('The vote is scheduled for Friday.', 'Friday', MONDAY)).toBe('2023-08-04');
  });
});

describe('parts of the day and clock words', () => {
  it('places "in the morning", "by mid-afternoon" on the last day mentioned or the DCT', () => {
    expect(timexValue('Shares fell Friday. Dealers sold heavily in the morning.', 'the morning', DCT)).toBe(
      '2023-07-28TMO',
    );
    expect(timexValue('By mid afternoon, the fighting was over.', 'mid afternoon', DCT)).toBe(
      '2023-07-29TAF',
    );
    expect(
      timexValue('In London at mid-afternoon yesterday, shares rose.', 'mid-afternoon yesterday', DCT),
    ).toBe('2023-07-28TAF');
    expect(timexValue('Rates were cut in the mornings of June.', 'the mornings', DCT)).toBeUndefined();
  });

  it('reads "midday" and "4 in the morning" as clock times', () => {
    expect(timexValue('He will appear in court at midday.', 'midday', DCT)).toBe('2023-07-29T12:00');
    expect(timexValue('The plane will leave at 4 in the morning.', '4 in the morning', DCT)).toBe(
      '2023-07-29T04:00',
    );
    expect(timexValue('The rally ended at 9 in the evening.', '9 in the evening', DCT)).toBe(
      '2023-07-29T21:00',
    );
  });
});

describe('generic and titled uses are not dates', () => {
  it('skips "high noon", "the people of tomorrow", "today\'s youth" and the show "This Week"', () => {
    expect(timexValue('For Poland, high noon comes today.', 'noon', DCT)).toBeUndefined();
    expect(timexValue('He chose the people of tomorrow.', 'tomorrow', DCT)).toBeUndefined();
    expect(timexValue("The case is for today's youth a lesson.", 'today', DCT)).toBeUndefined();
    expect(timexValue("It was in today's editions of the paper.", 'today', DCT)).toBe('2023-07-29');
    expect(
      timexValue('Baker said on ABC\'s "This Week" that talks failed.', 'This Week', DCT),
    ).toBeUndefined();
  });

  it('skips "Now," and "Currently," opening a sentence, a discourse marker', () => {
    expect(timexes('The plan failed. Now, she says, the rebels will talk.', DCT)).toEqual([]);
    expect(timexes('"Currently, the fund holds bonds," he said.', DCT)).toEqual([]);
    expect(timexValue('The fund now holds bonds.', 'now', DCT)).toBe('PRESENT_REF');
    expect(timexValue('Now the rebels will talk.', 'Now', DCT)).toBe('PRESENT_REF');
    expect(timexValue('Recently, the fund sold bonds.', 'Recently', DCT)).toBe('PAST_REF');
  });

  it('skips "the early hours" of a named day: the day is the expression', () => {
    expect(timexes('Police arrested him in the early hours of Thursday morning.', DCT)).toEqual([
      'Thursday morning|DATE|2023-07-27',
    ]);
    expect(timexValue('Many fled in the first hours of the war.', 'the first hours', DCT)).toBe('PTXH');
  });

  it('skips "recently" inside a verb group and in "most recently <date>"', () => {
    expect(timexes('The search was recently widened.', DCT)).toEqual([]);
    expect(timexValue('Prices rose, most recently last March.', 'last March', DCT)).toBe('2023-03');
    expect(timexes('Prices rose, most recently last March.', DCT)).toHaveLength(1);
    expect(timexValue('The firm recently cut its dividend.', 'recently', DCT)).toBe('PAST_REF');
  });

  it('skips "the future of X" (its fate), keeps "in the future"', () => {
    expect(timexes('Trade is vital to the future of both nations.', DCT)).toEqual([]);
    expect(timexValue('They will meet again in the future.', 'the future', DCT)).toBe('FUTURE_REF');
  });

  it('reads "soon" as FUTURE_REF only when it points ahead', () => {
    expect(timexValue('The mill will soon reopen.', 'soon', DCT)).toBe('FUTURE_REF');
    expect(timexes('He was soon released.', DCT)).toEqual([]);
    expect(timexes('They will leave as soon as possible.', DCT)).toEqual([]);
    expect(timexes('It will close soon after the vote.', DCT)).toEqual([]);
  });

  it('reads "will one day" as a vague future, "for one day" as a duration', () => {
    expect(timexValue('The town will one day be a city.', 'one day', DCT)).toBe('FUTURE_REF');
    expect(timexValue('The strike will take one day.', 'one day', DCT)).toBe('P1D');
    expect(timexValue('Payment is due one day after delivery.', 'one day', DCT)).toBe('P1D');
  });

  it('counts trading days', () => {
    expect(
      timexValue('Eight trading days after the crash, the index had fallen.', 'Eight trading days', DCT),
    ).toBe('P8D');
  });
});

describe('"last <month>"', () => {
  it('is a year back when the month has just ended (that would be "last month")', () => {
    expect(timexValue('The helicopters crashed last February.', 'last February', '1998-03-01')).toBe(
      '1997-02',
    );
    expect(timexValue('The plan was approved last April.', 'last April', '1989-10-30')).toBe('1989-04');
    expect(timexValue('The boy was rescued last November.', 'last November', '2000-01-07')).toBe('1999-11');
  });
});

describe('more durations', () => {
  it('reads "N more units", "-long" adjectives and "over the years"', () => {
    expect(timexValue('He will stay for at least two more weeks.', 'at least two more weeks', DCT)).toBe(
      'P2W',
    );
    expect(timexValue('They left their third day-long meeting.', 'day-long', DCT)).toBe('P1D');
    expect(timexValue("It is the government's decades-long battle.", 'decades-long', DCT)).toBe('PXY');
    expect(timexValue('Over the years many patients died.', 'the years', DCT)).toBe('PXY');
    expect(timexValue('For decades, families were cut off.', 'decades', DCT)).toBe('PXY');
  });

  it('reads "several quarters of losses" as time, "three quarters of the shares" as a fraction', () => {
    expect(timexValue('It turned a profit after several quarters of losses.', 'several quarters', DCT)).toBe(
      'PXQ',
    );
    expect(timexes('They sold three quarters of the shares.', DCT)).toEqual([]);
  });

  it('reads "in past years" like "in recent years"', () => {
    expect(timexValue('There were sell-offs in past years, too.', 'past years', DCT)).toBe('PAST_REF');
  });

  it('reads "in a year or two" as FUTURE_REF; "take a month or two" keeps the duration', () => {
    expect(timexValue('You may, in a year or two, see results.', 'a year or two', DCT)).toBe('FUTURE_REF');
    expect(timexValue('The appeal could take a month or two.', 'a month', DCT)).toBe('P1M');
  });

  it('reads "coming/future quarters" as FUTURE_REF, as TBAQ does (2 of 2)', () => {
    expect(timexValue('It bodes ill for coming quarters.', 'coming quarters', DCT)).toBe('FUTURE_REF');
    expect(timexValue('The credits cut taxes in future quarters.', 'future quarters', DCT)).toBe(
      'FUTURE_REF',
    );
  });

  it('skips a year that is part of a name ("a venture called Orion 1980")', () => {
    expect(timexes('They set up a venture called Orion 1980 to build satellites.', DCT)).toEqual([]);
    expect(timexValue('Prices rose in July 1990 and again in 1991.', '1991', DCT)).toBe('1991');
    expect(timexValue('Since 1985, prices rose.', '1985', DCT)).toBe('1985');
    expect(timexValue('Sales fell. Profit 1990 was flat.', '1990', DCT)).toBe('1990');
  });

  it('skips the amount of a rate ("24 hours a day") as it skips the rate', () => {
    expect(timexes('Guards stand at the gate 24 hours a day.', DCT)).toEqual([]);
    expect(timexValue('The strike lasted 24 hours.', '24 hours', DCT)).toBe('PT24H');
    // a count of things per unit is a rate too
    expect(timexes('The line runs six trains a day.', DCT)).toEqual([]);
    expect(timexes('The port handles 300 ships a week.', DCT)).toEqual([]);
  });

  it('skips a duration that measures pay ("six months of base pay")', () => {
    expect(timexes('Each will get a bonus equal to six months of base pay.', DCT)).toEqual([]);
    expect(timexes("He was given two weeks' salary.", DCT)).toEqual([]);
    expect(timexValue('After six months of talks, they agreed.', 'six months', DCT)).toBe('P6M');
  });

  it('reads "the weeks ahead" like "the coming weeks"', () => {
    expect(timexValue('Funds may sell more in the weeks ahead.', 'the weeks ahead', DCT)).toBe('PXW');
  });
});

describe('"N units later/earlier"', () => {
  it('is a duration (TimeML: "later" is a signal), except the reporting "a year earlier"', () => {
    const text = 'The market fell on Oct. 13. Three days later, it had recovered.';
    expect(timexValue(text, 'Three days', DCT)).toBe('P3D');
    expect(timexValue('A few days later, the company reported a loss.', 'A few days', DCT)).toBe('PXD');
    expect(timexValue('Profit rose in the third quarter from a year earlier.', 'a year earlier', DCT)).toBe(
      '2022-Q3',
    );
    expect(timexValue('The war began two years ago.', 'two years ago', DCT)).toBe('2021');
  });
});

describe('weeks of a date, extra units, "in years"', () => {
  it('reads "the week of March 6" as that ISO week', () => {
    expect(timexValue('A hearing is set for the week of March 6.', 'the week of March 6', '2000-02-24')).toBe(
      '2000-W10',
    );
  });

  it('reads "an additional year" and "the first time in years" as durations', () => {
    expect(timexValue('The loan may be extended for an additional year.', 'an additional year', DCT)).toBe(
      'P1Y',
    );
    expect(timexValue('Sales grew for the first time in years.', 'years', DCT)).toBe('PXY');
  });
});

describe('"last" / "next" before a year-less date', () => {
  it('gives the direction: "last Oct. 23" is past even after "to death"', () => {
    const text = 'The clinic closed before he was shot to death last Oct. 23 at his home.';
    expect(timexValue(text, 'Oct. 23', '1999-04-19')).toBe('1998-10-23');
    expect(timexValue('Talks resume next Jan. 2.', 'Jan. 2', '2023-12-20')).toBe('2024-01-02');
  });
});

describe('a month of a relative year', () => {
  it('reads "early October this year" as one expression', () => {
    expect(timexes('The bill passed in early October last year.', DCT)).toEqual([
      'early October last year|DATE|2022-10',
    ]);
  });
});

describe('years in words with a month or season (broadcast transcripts)', () => {
  it('reads "January nineteen ninety-seven" and "the winter of nineteen ninety-four"', () => {
    expect(
      timexValue('It began in January nineteen ninety-seven.', 'January nineteen ninety-seven', DCT),
    ).toBe('1997-01');
    const text = 'Prices fell to that level in the winter of nineteen ninety-four.';
    expect(timexValue(text, 'the winter of nineteen ninety-four', DCT)).toBe('1994-WI');
  });
});

describe('"the past decade"', () => {
  it('is the span of the last ten years; "the last decade" stays the previous decade', () => {
    expect(timexValue('Threats had become routine over the past decade.', 'the past decade', DCT)).toBe(
      'P10Y',
    );
    expect(timexValue('Sales doubled in the last decade.', 'the last decade', DCT)).toBe('201');
  });
});

describe('sets of months', () => {
  it('reads "each July" as a set', () => {
    expect(timexValue('Orangemen march each July through the town.', 'each July', DCT)).toBe('XXXX-07');
  });
});

describe('hyphenated fiscal quarters', () => {
  it('reads "the fiscal-first quarter" as a quarter that "a year earlier" compares with', () => {
    const text = 'Profit rose in the fiscal-first quarter ended Sept. 30. Sales were lower a year earlier.';
    expect(timexValue(text, 'the fiscal-first quarter', '2023-10-26')).toBe('2023-Q1');
    expect(timexValue(text, 'a year earlier', '2023-10-26')).toBe('2022-Q1');
  });
});

describe('a rejected longer match does not hide a shorter one inside it', () => {
  it('finds "nineteen ninety-seven" after "a", which first reads as the non-year "a nineteen"', () => {
    expect(timexValue('It was a nineteen ninety-seven attack on a bar.', 'nineteen ninety-seven', DCT)).toBe(
      '1997',
    );
  });
});

describe('a quarter in apposition to a year-ago period', () => {
  it('is the quarter a year back, and "that quarter" follows it', () => {
    const text =
      'In the comparable year-ago quarter, the third quarter ended Oct. 31, the chain lost money. Results for that quarter included a charge.';
    expect(timexValue(text, 'the third quarter', '2023-10-27')).toBe('2022-Q3');
    expect(timexValue(text, 'that quarter', '2023-10-27')).toBe('2022-Q3');
    expect(timexValue('The chain lost money in the third quarter.', 'the third quarter', '2023-10-27')).toBe(
      '2023-Q3',
    );
  });
});

describe('"pre-" and "post-" before a year', () => {
  it('reads "post-1959" as the year, prefix in the extent', () => {
    expect(timexValue('The post-1959 politics split many families.', 'post-1959', DCT)).toBe('1959');
  });
});

describe('a month against the tense must be more than 3× nearer', () => {
  it('puts "will fly in December", said in early March, nine months ahead rather than three back', () => {
    expect(timexValue('She will fly the next mission in December.', 'December', '2023-03-04')).toBe(
      '2023-12',
    );
    expect(timexValue('She flew the last mission in December.', 'December', '2023-03-04')).toBe('2022-12');
  });
});

describe('"a while"', () => {
  it('is an unspecified duration', () => {
    expect(timexValue('The town will be without power for a while.', 'a while', DCT)).toBe('PXX');
  });
});

describe('centuries and millennia', () => {
  it('are PXC for "centuries", PnL for thousands of years', () => {
    expect(timexValue('The bridge has stood over the river for centuries.', 'centuries', DCT)).toBe('PXC');
    expect(timexValue('Two centuries passed.', 'Two centuries', DCT)).toBe('P200Y');
    expect(
      timexValue('The city has stood for more than two thousand years.', 'more than two thousand years', DCT),
    ).toBe('P2L');
    expect(timexValue('The oak lived three hundred years.', 'three hundred years', DCT)).toBe('P300Y');
  });
});

describe('"the day before/after" a weekday', () => {
  it('is one expression, a day from the weekday', () => {
    // DCT Saturday 29 July 2023: last Tuesday is the 25th.
    const text = "The day before last Tuesday's hearing, the lawyers met.";
    expect(timexValue(text, 'day before last Tuesday', DCT)).toBe('2023-07-24');
    expect(timexValue('They left the day after Friday.', 'day after Friday', DCT)).toBe('2023-07-29');
  });
});

describe('"the first hours", "the early years"', () => {
  it('are unspecified durations at the start of something', () => {
    expect(
      timexValue('Thousands surrendered in the first hours of the attack.', 'the first hours', DCT),
    ).toBe('PTXH');
    expect(timexValue('Few lives are saved in the early years.', 'the early years', DCT)).toBe('PXY');
  });
});
