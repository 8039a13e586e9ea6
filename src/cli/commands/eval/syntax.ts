// `dateline eval syntax FILE`: POS accuracy and conlleval-style chunk P/R/F1 against a CoNLL
// column file ("word POS chunk …"), e.g. CoNLL-2003 dev.
import type { Command } from 'commander';
import { readConll } from '../../../stages/syntax/conll.js';
import { scoreSyntax } from '../../../stages/syntax/evaluate.js';
import { syntaxTagger } from '../../../stages/syntax/models.js';
import { requireSomething } from './nothing-to-score.js';

export function registerEvalSyntax(evalCommand: Command): void {
  evalCommand
    .command('syntax')
    .description('score POS tags (accuracy) and chunks (conlleval P/R/F1) against a CoNLL column file')
    .argument('<file>', 'CoNLL file: word POS chunk [NER], blank line between sentences')
    .option('--json', 'print the scores as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const t0 = performance.now();
      const sentences = readConll(file);
      requireSomething(sentences.length, file, 'sentences', 'expected CoNLL lines: word POS chunk');
      const scores = scoreSyntax(syntaxTagger(), sentences);
      const seconds = (performance.now() - t0) / 1000;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(scores)}\n`);
        return;
      }
      const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
      const c = scores.chunks;
      const lines = [
        `${scores.sentences} sentences, ${scores.tokens} tokens (${seconds.toFixed(1)} s)`,
        `POS accuracy ${pct(scores.posAccuracy)}`,
        `chunks       precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  (${c.correct} of ${c.gold} gold, ${c.predicted} predicted)`,
        ...Object.entries(c.byType).map(
          ([type, t]) =>
            `  ${type.padEnd(6)} precision ${pct(t.precision)}  recall ${pct(t.recall)}  F1 ${pct(t.f1)}  (${t.gold} gold)`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
