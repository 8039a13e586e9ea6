import { describe, expect, it } from 'vitest';
import { readTimeML } from '../../src/eval/timeml.js';
import { countDocument, emptyCounts, scoreCounts } from '../../src/eval/timex-score.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Blasts <TIMEX3 tid="t9" type="DATE" value="1998-08-07">Friday</TIMEX3></TITLE>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>`;

describe('readTimeML', () => {
  it('keeps the DCT, strips tags and entities from <TEXT>, and keeps timex offsets in the plain text', () => {
    const doc = readTimeML(TML);
    expect(doc.dct).toBe('1998-08-07');
    expect(doc.text).toBe('\nBombs exploded Friday & two days later.\n');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Friday', 'DATE', '1998-08-07'],
      ['two days', 'DURATION', 'P2D'],
    ]);
  });
});

describe('TempEval-3 timex scores', () => {
  it('counts strict and relaxed extents and values over relaxed matches', () => {
    const counts = emptyCounts();
    const gold = [
      { start: 0, end: 6, type: 'DATE', value: '1998-08-07' },
      { start: 10, end: 24, type: 'TIME', value: '1998-08-07TNI' },
      { start: 30, end: 38, type: 'DURATION', value: 'P2D' },
    ];
    const system = [
      { start: 0, end: 6, type: 'DATE', value: '1998-08-07' }, // exact
      { start: 10, end: 16, type: 'DATE', value: '1998-08-07' }, // overlapping, wrong type and value
      { start: 50, end: 55, type: 'DATE', value: 'PAST_REF' }, // spurious
    ];
    countDocument(counts, gold, system);
    const scores = scoreCounts(counts);
    expect(counts).toEqual({ gold: 3, system: 3, strict: 1, relaxed: 2, type: 1, value: 1 });
    expect(scores.relaxed.f1).toBeCloseTo(2 / 3);
    expect(scores.strict.f1).toBeCloseTo(1 / 3);
    expect(scores.valueAccuracy).toBeCloseTo(0.5);
    expect(scores.valueF1.f1).toBeCloseTo(1 / 3);
  });
});
