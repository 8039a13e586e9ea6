// Scores the events stage on the role probes (test/stages/events/role-probes.txt): accuracy of the main
// event's type, source and target per syntactic form, then every probe it gets wrong.
//   npx tsx tools/events-probes.ts [--all]   (--all lists the probes it gets right too)
import { fileURLToPath } from 'node:url';
import { readRoleProbes, runRoleProbes, scoreByForm } from '../src/eval/event-probes.js';

const file = fileURLToPath(new URL('../test/stages/events/role-probes.txt', import.meta.url));
const results = runRoleProbes(readRoleProbes(file));
const pct = (a: number, n: number) => `${a}/${n}`.padStart(7);
console.log(`${'form'.padEnd(14)} probes    type  source  target   roles`);
for (const [form, s] of scoreByForm(results))
  console.log(
    `${form.padEnd(14)} ${String(s.probes).padStart(6)} ${pct(s.type, s.probes)} ${pct(s.source, s.probes)} ${pct(s.target, s.probes)} ${pct(s.roles, s.probes)}`,
  );
const side = (s: string[]) => s.join('+') || '-';
for (const r of results) {
  const ok = r.typeOk && r.sourceOk && r.targetOk;
  if (ok && !process.argv.includes('--all')) continue;
  const p = r.probe;
  console.log(
    `\n${ok ? 'OK ' : 'ERR'} ${p.form} (line ${p.line}) want ${p.type} ${side(p.source)}>${side(p.target)}, got ${r.type} ${side(r.source)}>${side(r.target)} "${r.trigger}"\n    ${p.sentence}`,
  );
}
