// `dateline eval attribution` on PolNeAR dev: the scores must stay at or above what the stage reaches
// (docs/attribution.md). Runs in about ten seconds (the whole pipeline up to attribution).
import { expect, it } from 'vitest';
import { runCli } from '../../../support/cli.js';
import { describeShared, sharedPath } from '../../../support/shared.js';

describeShared('dateline eval attribution on PolNeAR dev', () => {
  it('prints the scores, above the floors', () => {
    const r = runCli(['eval', 'attribution', sharedPath('data', 'polnear', 'dev'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores.documents).toBe(84);
    expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(scores.sourceAccuracy).toBeGreaterThanOrEqual(FLOORS.sourceAccuracy);
    expect(scores.cueAccuracy).toBeGreaterThanOrEqual(FLOORS.cueAccuracy);
    expect(scores.univocal.f1).toBeGreaterThanOrEqual(FLOORS.univocalF1);
    expect(scores.exactF1).toBeGreaterThanOrEqual(FLOORS.exactF1);
    expect(scores.byKind.map((k: { kind: string }) => k.kind).sort()).toEqual([
      'direct',
      'indirect',
      'mixed',
    ]);
  });

  it('prints a readable table by default', () => {
    const r = runCli(['eval', 'attribution', sharedPath('data', 'polnear', 'dev')]);
    expect(r.stdout).toMatch(/content \(half-overlap\)\s+P\s+[\d.]+\s+R\s+[\d.]+\s+F1\s+[\d.]+/);
    expect(r.stdout).toMatch(/source accuracy/);
  });
});

/** Just under the measured dev scores, so a regression fails. */
const FLOORS = { f1: 0.67, sourceAccuracy: 0.9, cueAccuracy: 0.95, univocalF1: 0.69, exactF1: 0.54 };
