import type { Command } from 'commander';
import { ingestBatch } from '../../batch/ingest.js';
import { createAnalyzer, DEFAULT_WORKERS } from '../../pipeline/pool.js';
import { openStore, redactUrl } from '../../store/open.js';
import { parseCount } from '../options.js';
import { createProgress, estimateArticles } from '../progress.js';
import { addReadOptions, type ReadFlags, readOptionsOf } from '../read-options.js';
import { DB_OPTION } from '../store-option.js';

interface IngestFlags extends ReadFlags {
  db: string;
  workers: number;
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('analyze articles and store them (already stored articles are left as they are)')
    .argument('<input...>', 'files, directories, or - for stdin')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.defaultValue)
    .option('--workers <n>', 'analysis threads (1 = in this process)', parseCount, DEFAULT_WORKERS)
    .addHelpText(
      'after',
      '\nExit status: 0 when every input was stored (new or unchanged), 2 when some failed (the others are stored).',
    );
  addReadOptions(command).action(async (inputs: string[], opts: IngestFlags) => {
    const started = performance.now();
    const store = await openStore(opts.db);
    const analyzer = createAnalyzer({ workers: opts.workers });
    const progress = createProgress(estimateArticles(inputs));
    try {
      const counts = await ingestBatch({
        inputs,
        read: readOptionsOf(opts),
        store,
        analyzer,
        onOutcome: (_, c) => progress.update(c),
      });
      progress.stop();
      const total = counts.new + counts.unchanged + counts.failed.length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `${redactUrl(opts.db)}: ${total} article${total === 1 ? '' : 's'} in ${seconds} s — ${counts.new} new, ` +
          `${counts.unchanged} unchanged, ${counts.failed.length} failed\n`,
      );
      for (const { input, reason } of counts.failed) process.stderr.write(`dateline: ${input}: ${reason}\n`);
      if (counts.failed.length > 0) process.exitCode = 2;
    } finally {
      progress.stop();
      await analyzer.close();
      await store.close();
    }
  });
}
