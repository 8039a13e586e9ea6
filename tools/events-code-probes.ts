// Scores the events stage on the CAMEO code probes (test/stages/events/code-probes.txt): accuracy of the
// main event's PLOVER type, CAMEO root and exact code, per half and per root; --list prints the wrong ones.
//   npx tsx tools/events-code-probes.ts [--part a|b] [--list]
// Rules are written from half a's errors only: list half b's only to check a rule, never to find one.
import { fileURLToPath } from 'node:url';
import {
  type CodeProbeScore,
  readCodeProbes,
  runCodeProbes,
  scoreCodeProbes,
} from '../src/eval/code-probes.js';

const args = process.argv.slice(2);
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : null;
if (part !== null && part !== 'a' && part !== 'b') throw new Error('--part is a or b');
const file = fileURLToPath(new URL('../test/stages/events/code-probes.txt', import.meta.url));
const probes = readCodeProbes(file).filter((p) => part === null || p.half === part);
const results = runCodeProbes(probes);

const pct = (a: number, n: number) => `${a}/${n} ${((100 * a) / n).toFixed(1)}%`.padStart(14);
const row = (name: string, s: CodeProbeScore) =>
  console.log(
    `${name.padEnd(6)} ${String(s.probes).padStart(6)} ${pct(s.type, s.probes)} ${pct(s.root, s.probes)} ${pct(s.code, s.probes)}`,
  );
console.log(
  `${'half'.padEnd(6)} probes ${'type'.padStart(14)} ${'root'.padStart(14)} ${'code'.padStart(14)}`,
);
for (const [half, s] of [...scoreCodeProbes(results, (r) => r.probe.half)].sort()) row(half, s);
row('all', scoreCodeProbes(results, () => 'all').get('all') ?? { probes: 0, type: 0, root: 0, code: 0 });
console.log(
  `\n${'root'.padEnd(6)} probes ${'type'.padStart(14)} ${'root'.padStart(14)} ${'code'.padStart(14)}`,
);
for (const [root, s] of [...scoreCodeProbes(results, (r) => r.probe.code.slice(0, 2))].sort()) row(root, s);

if (args.includes('--list'))
  for (const r of results) {
    if (r.typeOk && r.rootOk) continue;
    const p = r.probe;
    console.log(
      `\n${p.code} ${p.type} (line ${p.line}, half ${p.half}): got ${r.type} ${r.cameo} "${r.trigger}"\n    ${p.sentence}`,
    );
  }
