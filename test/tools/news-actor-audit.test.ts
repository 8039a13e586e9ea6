// The hand-judged news actor audit (tools/news-actor-audit.ts) held at the figures the README quotes, so
// that a link or knowledge change that codes real news worse cannot land unnoticed.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { describeShared } from '../support/shared.js';

describeShared('news actor audit', () => {
  it('keeps code precision, coverage and coreference at their measured level', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/news-actor-audit.ts', 'score'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const figure = (label: RegExp) => Number(label.exec(r.stdout)?.[1]);
    expect(figure(/precision (\d\.\d+)/)).toBeGreaterThanOrEqual(0.97);
    expect(figure(/coverage (\d\.\d+)/)).toBeGreaterThanOrEqual(0.95);
    expect(figure(/coreference pairs right (\d\.\d+)/)).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
