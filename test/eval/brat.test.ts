import { describe, expect, it } from 'vitest';
import { parseBratAttributions } from '../../src/eval/brat.js';

const ANN = [
  'T1\tCue 10 14\tsaid',
  'T2\tContent 15 30;35 40\tthe talks … ended',
  'T3\tSource 0 9\tThe envoy',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Source:T3 Content:T2 Cue:T1',
  'T5\tContent 50 60\tno source',
  'T6\tCue 61 65\tsaid',
  'E2\tAttribution-no-source:T6 Content:T5 Cue:T6',
  'E3\tAttribution:T4',
].join('\n');

describe('parseBratAttributions', () => {
  it('reads source, cue and (discontinuous) content of each relation', () => {
    const [a, b] = parseBratAttributions(ANN);
    expect(a.source).toEqual([{ start: 0, end: 9 }]);
    expect(a.cue).toEqual([{ start: 10, end: 14 }]);
    expect(a.content).toEqual([
      { start: 15, end: 30 },
      { start: 35, end: 40 },
    ]);
    expect(b.source).toBeNull();
  });

  it('leaves out relations without a content', () => {
    expect(parseBratAttributions(ANN)).toHaveLength(2);
  });
});
