// `dateline eval ner FILE`: tags a CoNLL-format file whose last column is the gold IOB tag and prints
// entity-level precision, recall and F1 (conlleval semantics: exact span and type), overall and
// per type.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseConll } from '../../../eval/conll.js';
import { type Scores, scoreNer } from '../../../eval/ner-score.js';
import { tagConll } from '../../../eval/tag-conll.js';
import { requireSomething } from './nothing-to-score.js';

const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
const row = (name: string, s: Scores) =>
  `${name.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.gold).padStart(7)} ${String(s.predicted).padStart(9)}`;

export function registerEvalNer(evalCommand: Command): void {
  evalCommand
    .command('ner')
    .description('score the NER model on a CoNLL-format file (gold IOB tag in the last column)')
    .argument('<file>', 'CoNLL-format file, e.g. ../shared/data/conll2003/dev.txt')
    .option('--json', 'print the scores as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const { documents } = parseConll(readFileSync(file, 'utf8'));
      requireSomething(
        documents.flatMap((d) => d.sentences).length,
        file,
        'sentences',
        'expected CoNLL lines: token … gold-tag',
      );
      const started = performance.now();
      const tags = tagConll(documents);
      const seconds = (performance.now() - started) / 1000;
      const sentences = documents.flatMap((d) => d.sentences);
      const scores = scoreNer(
        sentences.map((s) => s.lastColumn),
        sentences.map((s) => tags.get(s) ?? []),
      );
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...scores, seconds })}\n`);
        return;
      }
      const lines = [
        `${scores.tokens} tokens, ${sentences.length} sentences, ${documents.length} documents; tagged in ${seconds.toFixed(2)} s (model load included)`,
        'type     precision  recall      F1    gold predicted',
        ...Object.entries(scores.byType).map(([type, s]) => row(type, s)),
        row('overall', scores.overall),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
