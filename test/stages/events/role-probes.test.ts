// The role probes (role-probes.txt): hand-written sentences of the syntactic forms that decide who is the
// source and who the target of an event. The floors are the figures the stage reaches, so that a change
// cannot lower them silently (tools/events-probes.ts lists the probes it gets wrong).
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readRoleProbes, runRoleProbes, scoreByForm } from '../../../src/eval/event-probes.js';

const FILE = fileURLToPath(new URL('role-probes.txt', import.meta.url));

it('assigns source and target on the role probes at least as well as before', () => {
  const probes = readRoleProbes(FILE);
  expect(probes.length).toBeGreaterThanOrEqual(100);
  const all = scoreByForm(runRoleProbes(probes)).get('all');
  expect(all?.roles).toBeGreaterThanOrEqual(119);
  expect(all?.source).toBeGreaterThanOrEqual(119);
  expect(all?.target).toBeGreaterThanOrEqual(120);
  expect(all?.type).toBeGreaterThanOrEqual(120);
});
