import type { Command } from 'commander';
import type { AnalyzedArticle } from '../../doc/schema.js';
import { readInputs } from '../../ingest/index.js';
import { buildPipeline } from '../../pipeline/runner.js';
import { DEFAULT_STAGES } from '../../pipeline/stages.js';
import { printProfile } from '../options.js';
import { addReadOptions, type ReadFlags, readOptionsOf } from '../read-options.js';
import { summarize } from '../summary/index.js';

interface AnalyzeOptions extends ReadFlags {
  json?: boolean;
  pretty?: boolean;
  tokens: boolean;
  profile?: boolean;
  knowledge: string[];
}

export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyze articles and print the result (a readable summary, or JSON Lines with --json)')
    .argument('<input...>', 'files, directories, or - for stdin')
    .option('--json', 'print one JSON object per article, one per line')
    .option('--pretty', 'indent the JSON (implies --json)')
    .option('--no-tokens', 'leave the tokens layer out of the JSON')
    .option('--profile', 'print the time spent in each stage to stderr')
    .option(
      '--knowledge <file>',
      'extra actor knowledge file (docs/actors.md; repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    );
  addReadOptions(command).action(async (inputs: string[], opts: AnalyzeOptions) => {
    const pipeline = buildPipeline(DEFAULT_STAGES, { knowledgeFiles: opts.knowledge });
    let failed = 0;
    for await (const result of readInputs(inputs, readOptionsOf(opts))) {
      if (!result.ok) {
        failed++;
        process.stderr.write(`dateline: ${result.input}: ${result.error}\n`);
        continue;
      }
      const doc: AnalyzedArticle = pipeline.run(result.article);
      if (!opts.tokens) delete doc.tokens;
      if (opts.json || opts.pretty) {
        process.stdout.write(`${JSON.stringify(doc, null, opts.pretty ? 2 : undefined)}\n`);
      } else {
        process.stdout.write(`${summarize(doc)}\n`);
      }
    }
    if (opts.profile) printProfile(pipeline.timings);
    if (failed > 0) process.exitCode = 2;
  });
}
