import type { Command } from 'commander';
import { enqueueInputs, queueCounts } from '../../queue/enqueue.js';
import { openStore } from '../../store/open.js';
import { QUEUE_OPTION, REDIS_OPTION } from '../queue-option.js';
import { addReadOptions, type ReadFlags, readOptionsOf } from '../read-options.js';

interface QueueFlags {
  redis: string;
  queue: string;
}

interface QueueAddFlags extends QueueFlags, ReadFlags {
  db?: string;
}

export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('put articles on a work queue for `dateline worker` processes (BullMQ on Redis)');

  const add = queue
    .command('add')
    .description(
      'read inputs and queue their articles (an article already on the queue, or with --db already stored, is not added again)',
    )
    .argument('<input...>', 'files, directories, or - for stdin')
    .option(REDIS_OPTION.flags, REDIS_OPTION.description, REDIS_OPTION.defaultValue)
    .option(QUEUE_OPTION.flags, QUEUE_OPTION.description, QUEUE_OPTION.defaultValue)
    .option(
      '--db <file|url>',
      "the workers' store: articles it already holds are not queued; $DATELINE_DB when set",
      process.env.DATELINE_DB,
    )
    .addHelpText('after', '\nExit status: 0 when every input was queued, 2 when some could not be read.');
  addReadOptions(add).action(async (inputs: string[], opts: QueueAddFlags) => {
    // a store from the environment is named as such when it cannot be opened ("$DATELINE_DB=… : …")
    const fromEnv = add.getOptionValueSource('db') === 'default';
    const store = opts.db
      ? await openStore(opts.db, { existing: true }).catch((e: Error) => {
          throw fromEnv ? new Error(`$DATELINE_DB: ${e.message}`) : e;
        })
      : undefined;
    const result = await enqueueInputs(inputs, readOptionsOf(opts), opts.redis, opts.queue, store).finally(
      () => store?.close(),
    );
    const stored = store ? `, ${result.alreadyStored} already stored` : '';
    process.stdout.write(
      `queue ${opts.queue}: ${result.queued} queued, ${result.alreadyQueued} already queued${stored}, ${result.failed.length} failed\n`,
    );
    for (const { input, reason } of result.failed) process.stderr.write(`dateline: ${input}: ${reason}\n`);
    if (result.failed.length) process.exitCode = 2;
  });

  queue
    .command('status')
    .description('print how many jobs are waiting, active, delayed and failed')
    .option(REDIS_OPTION.flags, REDIS_OPTION.description, REDIS_OPTION.defaultValue)
    .option(QUEUE_OPTION.flags, QUEUE_OPTION.description, QUEUE_OPTION.defaultValue)
    .action(async (opts: QueueFlags) => {
      const counts = await queueCounts(opts.redis, opts.queue);
      for (const [state, n] of Object.entries(counts)) process.stdout.write(`${state.padEnd(12)} ${n}\n`);
    });
}
