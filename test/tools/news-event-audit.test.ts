// The hand-judged news event audit (tools/news-event-audit.ts) held at the precision the README quotes, so
// that a dictionary or rule change that records more false events on real news cannot land unnoticed, and
// so that a change adding events shows them for judging (test/fixtures/news-events/judged.tsv).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { describeShared } from '../support/shared.js';

describeShared('news event audit', () => {
  it('keeps event precision at its measured level, with few unjudged events', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/news-event-audit.ts', 'score'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const figure = (label: RegExp) => Number(label.exec(r.stdout)?.[1]);
    expect(figure(/precision (\d\.\d+)/)).toBeGreaterThanOrEqual(0.36);
    expect(figure(/unjudged (\d+)/), r.stdout).toBeLessThanOrEqual(5);
  }, 120_000);
});
