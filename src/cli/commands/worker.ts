import type { Command } from 'commander';
import { createAnalyzer, DEFAULT_WORKERS } from '../../pipeline/pool.js';
import { checkRedis } from '../../queue/connection.js';
import { DEFAULT_LOCK_MS, startQueueWorker } from '../../queue/worker.js';
import { openStore, redactUrl } from '../../store/open.js';
import { parseCount } from '../options.js';
import { QUEUE_OPTION, REDIS_OPTION } from '../queue-option.js';
import { DB_OPTION } from '../store-option.js';

interface WorkerFlags {
  redis: string;
  queue: string;
  db: string;
  workers: number;
  lockMs: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'take queued articles, analyze and store them, until stopped (SIGINT/SIGTERM: finish and exit)',
    )
    .option(REDIS_OPTION.flags, REDIS_OPTION.description, REDIS_OPTION.defaultValue)
    .option(QUEUE_OPTION.flags, QUEUE_OPTION.description, QUEUE_OPTION.defaultValue)
    .option(
      DB_OPTION.flags,
      `${DB_OPTION.description}; use PostgreSQL when workers run on several machines`,
      DB_OPTION.defaultValue,
    )
    .option('--workers <n>', 'analysis threads in this process', parseCount, DEFAULT_WORKERS)
    .option(
      '--lock-ms <ms>',
      'when a worker dies, its jobs return to the queue after about this long',
      parseCount,
      DEFAULT_LOCK_MS,
    )
    .action(async (opts: WorkerFlags) => {
      await checkRedis(opts.redis);
      const store = await openStore(opts.db);
      const analyzer = createAnalyzer({ workers: opts.workers });
      const counts = { new: 0, unchanged: 0, failed: 0 };
      const worker = startQueueWorker({
        redisUrl: opts.redis,
        queueName: opts.queue,
        store,
        analyzer,
        concurrency: opts.workers * 2,
        lockMs: opts.lockMs,
        onDone(article, result) {
          counts[result]++;
          process.stdout.write(
            `${result} ${article.id} ${article.source.path ?? article.source.url ?? ''}\n`,
          );
        },
        onError(error) {
          process.stderr.write(`dateline worker: ${error.message} (retrying)\n`);
        },
        onFailed(article, error) {
          counts.failed++;
          process.stderr.write(
            `dateline: ${article?.source.path ?? article?.id ?? 'job'}: ${error.message}\n`,
          );
        },
      });
      await worker.waitUntilReady();
      process.stdout.write(
        `worker: waiting on queue ${opts.queue} at ${redactUrl(opts.redis)}, storing in ${redactUrl(opts.db)}\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.close();
      await analyzer.close();
      await store.close();
      process.stdout.write(
        `worker: stopped — ${counts.new} new, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
      );
    });
}
