// Scores the whole pipeline on the end-to-end actor probes (test/stages/events/actor-probes-e2e.txt):
// source/target country accuracy per half, then per form, and with --list the wrong probes of a half.
//   npx tsx tools/events-actor-probes.ts [--part a|b] [--list]   (--list needs --part; rules from half a only)
import { fileURLToPath } from 'node:url';
import {
  type ActorProbeResult,
  readActorProbes,
  runActorProbes,
  scoreActorProbes,
} from '../src/eval/actor-probes.js';

const file = fileURLToPath(new URL('../test/stages/events/actor-probes-e2e.txt', import.meta.url));
const args = process.argv.slice(2);
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
if (part !== undefined && part !== 'a' && part !== 'b') throw new Error('--part a|b');
const results = runActorProbes(readActorProbes(file).filter((p) => part === undefined || p.half === part));

const row = (label: string, rs: readonly ActorProbeResult[]) => {
  const s = scoreActorProbes(rs);
  const r = (a: number, n: number) => `${(n === 0 ? 0 : a / n).toFixed(3)} (${a}/${n})`.padEnd(16);
  console.log(
    `${label.padEnd(12)} ${String(s.probes).padStart(4)}  ${r(s.source, s.probes)} ${r(s.target, s.probes)} ${r(s.sector, s.sectorProbes)}`,
  );
};
console.log(
  `${'half/form'.padEnd(12)} ${'n'.padStart(4)}  ${'source'.padEnd(16)} ${'target'.padEnd(16)} sectors named`,
);
for (const half of ['a', 'b']) {
  const rs = results.filter((r) => r.probe.half === half);
  if (rs.length > 0) row(`half ${half}`, rs);
}
row('all', results);
for (const form of [...new Set(results.map((r) => r.probe.form))])
  row(
    `  ${form}`,
    results.filter((r) => r.probe.form === form),
  );

if (args.includes('--list')) {
  if (part === undefined) throw new Error('--list needs --part a (half b is for checking only)');
  const side = (c: string[], t: string[]) => `${c.join('+') || '-'} [${t.join(', ')}]`;
  for (const r of results) {
    if (r.sourceOk && r.targetOk && r.sectorOk) continue;
    const p = r.probe;
    const want = (s: typeof p.source) => s.countries.join('+') || '-';
    console.log(
      `\n${r.sourceOk ? '  ' : 'S '}${r.targetOk ? '  ' : 'T '}${r.sectorOk ? '  ' : 's '}${p.form} (line ${p.line}) want ${want(p.source)}>${want(p.target)} "${r.trigger}"\n    got ${side(r.source, r.sourceText)} > ${side(r.target, r.targetText)}\n    ${p.sentence}`,
    );
  }
}
