// The end-to-end actor probes (actor-probes-e2e.txt): hand-written wire sentences run through the whole
// pipeline, scored on the countries of the main event's source and target. The floors are the figures
// reached at the end of the round that wrote them, per half (rules came from half a; half b checks), so
// that a change cannot lower them silently (tools/events-actor-probes.ts --part a --list shows the misses).
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readActorProbes, runActorProbes, scoreActorProbes } from '../../../src/eval/actor-probes.js';

const FILE = fileURLToPath(new URL('actor-probes-e2e.txt', import.meta.url));

it('finds and codes the source and target countries of the actor probes at least as well as before', () => {
  const probes = readActorProbes(FILE);
  expect(probes.length).toBeGreaterThanOrEqual(250);
  const results = runActorProbes(probes);
  const a = scoreActorProbes(results.filter((r) => r.probe.half === 'a'));
  const b = scoreActorProbes(results.filter((r) => r.probe.half === 'b'));
  expect([a.probes, b.probes]).toEqual([124, 141]);
  expect(a.source).toBeGreaterThanOrEqual(115);
  expect(a.target).toBeGreaterThanOrEqual(114);
  expect(b.source).toBeGreaterThanOrEqual(122);
  expect(b.target).toBeGreaterThanOrEqual(121);
}, 120_000);
