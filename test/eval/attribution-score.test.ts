import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/doc/schema.js';
import { scoreAttributions, summarizeCounts } from '../../src/eval/attribution-score.js';
import type { GoldAttribution } from '../../src/eval/brat.js';

const sp = (start: number, end: number) => ({ start, end, text: '' });
const predicted = (content: [number, number], source: [number, number] | null = null): Attribution => ({
  kind: 'indirect',
  source: source ? sp(...source) : null,
  cue: sp(20, 24),
  content: sp(...content),
});
const gold: GoldAttribution[] = [
  { source: [{ start: 0, end: 5 }], cue: [{ start: 20, end: 24 }], content: [{ start: 30, end: 50 }] },
];

describe('scoreAttributions', () => {
  it('matches contents that overlap by at least half of each', () => {
    expect(scoreAttributions([predicted([35, 55], [0, 3])], gold).counts.matched).toBe(1);
    expect(scoreAttributions([predicted([45, 90])], gold).counts.matched).toBe(0);
  });

  it('counts exact spans, sources and cues among matched pairs', () => {
    const { counts } = scoreAttributions([predicted([30, 50], [6, 9])], gold);
    expect(counts).toMatchObject({ matched: 1, exact: 1, sourceRight: 0, cueRight: 1 });
    const scores = summarizeCounts(counts);
    expect(scores.f1).toBe(1);
    expect(scores.sourceAccuracy).toBe(0);
  });

  it('matches one to one', () => {
    const { counts } = scoreAttributions([predicted([30, 50]), predicted([31, 50])], gold);
    expect(counts.matched).toBe(1);
    expect(summarizeCounts(counts).precision).toBe(0.5);
  });

  it('scores a content in parts by its parts only', () => {
    const parted: Attribution = { ...predicted([30, 90]), parts: [sp(30, 40), sp(80, 90)] };
    const twoPieces: GoldAttribution[] = [
      {
        source: null,
        cue: null,
        content: [
          { start: 30, end: 40 },
          { start: 80, end: 90 },
        ],
      },
    ];
    expect(scoreAttributions([parted], twoPieces).counts.exact).toBe(1);
  });
});
