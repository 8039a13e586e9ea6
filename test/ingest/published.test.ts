import { describe, expect, it } from 'vitest';
import { inferPublished } from '../../src/ingest/published/infer.js';
import { normalizeDate } from '../../src/ingest/published/normalize.js';

describe('normalizeDate', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2024-06-25', '2024-06-25'],
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Sat, 09 Sep 2023 14:40:00 +0530', '2023-09-09T14:40:00+05:30'],
    ['July 28, 2023', '2023-07-28'],
    ['28 July 2023', '2023-07-28'],
  ])('%s → %s', (raw, value) => {
    expect(normalizeDate(raw)).toBe(value);
  });

  it.each(['TBD', '', '2023-02-30', 'sometime in May'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('inferPublished', () => {
  it('picks the day after the latest date that makes the weekdays tightest', () => {
    // July 28, 2023 was a Friday; "Thursday", "Friday", "Saturday" fit best ending Saturday the 29th.
    const p = inferPublished([
      { text: 'Seen on July 28, 2023.', field: 'caption', caption: 0 },
      { text: 'Media said Saturday that he met them Friday, after a parade on Thursday.', field: 'text' },
    ]);
    expect(p?.value).toBe('2023-07-29');
    expect(p?.how).toBe('inferred');
    expect(p?.evidence?.[0]).toMatchObject({ text: 'July 28, 2023', field: 'caption', caption: 0 });
    expect(p?.evidence?.map((e) => e.text)).toEqual(['July 28, 2023', 'Saturday', 'Friday', 'Thursday']);
  });

  it('ignores "last Friday", "next Monday" and plurals', () => {
    const p = inferPublished([
      { text: 'On May 1, 2024 and last Friday, next Monday, on Sundays.', field: 'text' },
    ]);
    expect(p).toBeNull();
  });

  it('infers nothing from a date alone or from weekdays alone', () => {
    expect(inferPublished([{ text: 'The deal was signed on May 1, 2024.', field: 'text' }])).toBeNull();
    expect(inferPublished([{ text: 'Talks resumed on Tuesday.', field: 'text' }])).toBeNull();
  });

  it('gives a yearless dateline the year that puts it on or after the latest date', () => {
    const p = inferPublished([{ text: 'since December 20, 2023', field: 'text' }], {
      text: 'KYIV, Jan 3 (DWS) -',
      field: 'dateline',
    });
    expect(p).toMatchObject({ value: '2024-01-03', how: 'inferred' });
    expect(p?.evidence?.[0]).toMatchObject({ text: 'Jan 3', field: 'dateline', start: 6, end: 11 });
  });
});
