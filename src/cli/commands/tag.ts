// `dateline tag --conll FILE`: echoes every line of a CoNLL-format file with the predicted IOB2 tag
// appended as the last column (blank and -DOCSTART- lines unchanged), ready for conlleval.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseConll } from '../../eval/conll.js';
import { tagConll } from '../../eval/tag-conll.js';

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('tag named entities in a CoNLL-format file: each line is echoed with the IOB2 tag appended')
    .requiredOption('--conll <file>', 'CoNLL-format input (first column = token), or - for stdin')
    .action((opts: { conll: string }) => {
      const text = readFileSync(opts.conll === '-' ? 0 : opts.conll, 'utf8');
      const { items, documents } = parseConll(text);
      const tags = tagConll(documents);
      const out: string[] = [];
      for (const item of items) {
        if (item.kind === 'line') out.push(item.line);
        else {
          const predicted = tags.get(item.sentence) ?? [];
          item.sentence.lines.forEach((line, i) => {
            out.push(`${line} ${predicted[i]}`);
          });
        }
      }
      // `dateline tag … | head` closes the pipe early: that is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
