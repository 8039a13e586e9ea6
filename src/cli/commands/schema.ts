import type { Command } from 'commander';
import { analyzedArticleJsonSchema } from '../../doc/json-schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of one line of `analyze --json` output')
    .action(() => {
      process.stdout.write(`${JSON.stringify(analyzedArticleJsonSchema(), null, 2)}\n`);
    });
}
