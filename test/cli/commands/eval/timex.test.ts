import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../support/cli.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-07-29" functionInDocument="CREATION_TIME">2023-07-29</TIMEX3></DCT>
<TEXT>
Kim <TIMEX3 tid="t1" type="DATE" value="2023-07-28">Friday</TIMEX3> welcomed the officials, who had arrived <TIMEX3 tid="t2" type="DATE" value="2023-W30">this week</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`;

describe('dateline eval timex', () => {
  it('scores a directory of TimeML files against the DCT of each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-timex-'));
    writeFileSync(join(dir, 'one.tml'), TML);
    const r = runCli(['eval', 'timex', dir, '--json']);
    expect(r.status).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores.files).toBe(1);
    expect(scores.counts).toMatchObject({ gold: 3, system: 3, relaxed: 3, value: 3 });
    expect(scores.valueF1.f1).toBe(1);
  });

  it('lists disagreements with their DCT and sentence under --errors … --context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-timex-'));
    writeFileSync(join(dir, 'one.tml'), TML.replace('value="P3D"', 'value="P4D"'));
    const r = runCli(['eval', 'timex', dir, '--errors', 'value', '--context']);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('value\t'));
    expect(line?.split('\t')).toEqual([
      'value',
      'one.tml',
      'gold "three days" DURATION P4D',
      'system "three days" DURATION P3D',
      'DCT 2023-07-29',
      'Kim Friday welcomed the officials, who had arrived this week for three days.',
    ]);
  });
});
