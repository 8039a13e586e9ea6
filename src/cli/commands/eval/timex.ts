// `dateline eval timex DIR`: TempEval-3 Task A scores of the time stage on TimeML files.
import type { Command } from 'commander';
import { evaluateTimexes, timexPipeline } from '../../../eval/timex-eval.js';
import type { PRF } from '../../../eval/timex-score.js';
import { requireSomething } from './nothing-to-score.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const row = (name: string, p: PRF): string =>
  `${name.padEnd(16)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

export function registerEvalTimex(evalCommand: Command): void {
  evalCommand
    .command('timex')
    .description(
      'score time expressions (extent, type, value) against TimeML .tml files, as TempEval-3 Task A',
    )
    .argument('<dirs...>', 'directories of .tml files (searched recursively)')
    .option('--json', 'print the scores as JSON')
    .option('--errors <kinds>', 'also list disagreements of these kinds (missed,spurious,extent,type,value)')
    .option('--context', "with --errors: also print each disagreement's DCT and sentence")
    .action((dirs: string[], opts: { json?: boolean; errors?: string; context?: boolean }) => {
      const { files, scores, errors } = evaluateTimexes(dirs, timexPipeline());
      requireSomething(files, dirs.join(' '), 'TimeML files', 'expected .tml files');
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ files, ...scores })}\n`);
      } else {
        const c = scores.counts;
        process.stdout.write(`${files} files, ${c.gold} gold timexes, ${c.system} found (DCT not scored)\n`);
        process.stdout.write(`${''.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}\n`);
        process.stdout.write(
          `${row('extent strict', scores.strict)}\n${row('extent relaxed', scores.relaxed)}\n`,
        );
        process.stdout.write(`${row('type', scores.typeF1)}\n${row('value', scores.valueF1)}\n`);
        process.stdout.write(
          `type accuracy ${pct(scores.typeAccuracy)}   value accuracy ${pct(scores.valueAccuracy)}\n`,
        );
      }
      if (opts.errors) {
        const kinds = new Set(opts.errors.split(','));
        for (const e of errors.filter((x) => kinds.has(x.kind))) {
          const show = (t?: { text: string; type: string; value: string }) =>
            t ? `"${t.text}" ${t.type} ${t.value}` : '-';
          const context = opts.context ? `\tDCT ${e.dct ?? '-'}\t${e.sentence}` : '';
          process.stdout.write(
            `${e.kind}\t${e.file.split('/').pop()}\tgold ${show(e.gold)}\tsystem ${show(e.system)}${context}\n`,
          );
        }
      }
    });
}
