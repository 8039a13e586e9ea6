// The CAMEO code probes (code-probes.txt): a hand-written news sentence or two for every CAMEO code, each
// with the PLOVER type the project's mapping gives it. Rules were written from half a's failures only;
// half b checks that they carry over. The floors are the figures the stage reaches, so that a change
// cannot lower them silently (tools/events-code-probes.ts lists the probes it gets wrong).
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readCodeProbes, runCodeProbes, scoreCodeProbes } from '../../../src/eval/code-probes.js';

const FILE = fileURLToPath(new URL('code-probes.txt', import.meta.url));

it('codes the PLOVER type of the code probes at least as well as before, on both halves', () => {
  const probes = readCodeProbes(FILE);
  expect(new Set(probes.map((p) => p.code)).size).toBeGreaterThanOrEqual(266);
  const byHalf = scoreCodeProbes(runCodeProbes(probes), (r) => r.probe.half);
  expect(byHalf.get('a')?.probes).toBe(353);
  expect(byHalf.get('b')?.probes).toBe(346);
  expect(byHalf.get('a')?.type).toBeGreaterThanOrEqual(329);
  expect(byHalf.get('b')?.type).toBeGreaterThanOrEqual(283);
  expect(byHalf.get('a')?.root).toBeGreaterThanOrEqual(325);
  expect(byHalf.get('b')?.root).toBeGreaterThanOrEqual(273);
}, 60_000);
