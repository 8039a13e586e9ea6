import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { evaluateTimexes, timexPipeline } from '../../../src/eval/timex-eval.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { describeShared, SEED, sharedPath } from '../../support/shared.js';

const pipeline = timexPipeline();

describeShared('time stage on shared data', () => {
  it('resolves the seed article against its publication date', () => {
    const article = plainArticle(readFileSync(SEED, 'utf8'), { path: SEED, format: 'text' });
    article.published = { value: '2023-07-29', how: 'inferred' };
    const found = (pipeline.run(article).timexes ?? []).map((t) => `${t.text}|${t.value}`);
    for (const expected of [
      'Saturday|2023-07-29',
      'Friday|2023-07-28',
      'Thursday|2023-07-27',
      'this week|2023-W30',
      'July 28, 2023|2023-07-28',
      'recent years|PAST_REF',
    ]) {
      expect(found).toContain(expected);
    }
    expect(found.some((t) => /anniversary|Korean War/.test(t))).toBe(false);
  });

  it('keeps its TempEval-3 scores on TimeBank + AQUAINT (TBAQ-cleaned)', () => {
    const tbaq = (part: string) => sharedPath('data', 'tempeval3', 'TBAQ-cleaned', part);
    const { files, scores } = evaluateTimexes([tbaq('TimeBank'), tbaq('AQUAINT')], pipeline);
    expect(files).toBe(256);
    expect(scores.relaxed.f1).toBeGreaterThanOrEqual(0.92);
    // Regression floor just below the measured 0.8506 (docs/time.md); the target is 0.85.
    expect(scores.valueF1.f1).toBeGreaterThanOrEqual(0.848);
  });
});
