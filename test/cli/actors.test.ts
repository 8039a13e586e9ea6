// The batch interfaces of the built CLI: `dateline actors code` and `dateline eval actors`.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { describeShared, sharedPath } from '../support/shared.js';

describe('dateline actors code', () => {
  it('writes one coded actor per input line, in order, with empty strings where unknown', () => {
    const input = [
      { text: 'Kim Jong Un', date: '2023-07-29' },
      { text: 'the weather' },
      { text: 'Pyongyang', context: 'Pyongyang said the drills were a provocation.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = runCli(['actors', 'code'], { input });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { country: 'PRK', sector: 'GOV', code: 'PRKGOV', name: 'Kim Jong Un' },
      { country: '', sector: '', code: '', name: '' },
      { country: 'PRK', sector: 'GOV', code: 'PRKGOV', name: 'North Korea' },
    ]);
  });

  it('keeps its place on a bad line and exits with status 2', () => {
    const r = runCli(['actors', 'code'], { input: 'not json\n{"text":"DPRK"}\n\n{"name":"x"}\n' });
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(JSON.parse(r.stdout.trim().split('\n')[1]).code).toBe('PRK');
    // each bad line is named by its number (blank lines count, as in an editor)
    expect(r.stderr).toMatch(
      /^dateline actors code: line 1: .*JSON.*\ndateline actors code: line 4: "text" must be a string\n$/,
    );
  });
});

describeShared('dateline eval actors', () => {
  it('prints country and sector accuracy and the confusions on the held-out part', () => {
    const r = runCli(['eval', 'actors', sharedPath('data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/heldout part/);
    expect(r.stdout).toMatch(/country accuracy {2}0\.\d{3}/);
    expect(r.stdout).toMatch(/sector accuracy {3}0\.\d{3}/);
    expect(r.stdout).toMatch(/most frequent errors/);
  });

  it('lists every error of the dev part with its sentence, and refuses to list the held-out part', () => {
    const gold = sharedPath('data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt');
    const dev = runCli(['eval', 'actors', gold, '--part', 'dev', '--list']);
    expect(dev.status).toBe(0);
    expect(dev.stdout).toMatch(/every error/);
    expect(dev.stdout).toMatch(/PLOVER-GSR01-\S+ {2}".+" {2}\w{3}\/\S* → /);
    const heldout = runCli(['eval', 'actors', gold, '--list']);
    expect(heldout.status).not.toBe(0);
    expect(heldout.stdout).not.toMatch(/every error/);
  });
});
