import { Queue } from 'bullmq';
import type { Article } from '../doc/schema.js';
import { type IngestOptions, readInputs } from '../ingest/index.js';
import { checkRedis, jobIdOf, redisConnection } from './connection.js';

export interface EnqueueResult {
  queued: number;
  failed: { input: string; reason: string }[];
}

/** Jobs go to Redis in batches of this many. */
const BATCH = 200;

/**
 * Reads the inputs and puts each article on the queue, keyed by its content hash: an article already
 * waiting is not added twice. Failed jobs are retried with backoff, then kept for inspection.
 */
export async function enqueueInputs(
  inputs: readonly string[],
  read: IngestOptions,
  redisUrl: string,
  queueName: string,
): Promise<EnqueueResult> {
  await checkRedis(redisUrl);
  const queue = new Queue<Article>(queueName, { connection: redisConnection(redisUrl) });
  const result: EnqueueResult = { queued: 0, failed: [] };
  let pending: Article[] = [];
  const flush = async () => {
    await queue.addBulk(
      pending.map((article) => ({
        name: 'analyze',
        data: article,
        opts: {
          jobId: jobIdOf(article.id),
          attempts: 3,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: true,
          removeOnFail: { count: 10_000 },
        },
      })),
    );
    result.queued += pending.length;
    pending = [];
  };
  try {
    for await (const r of readInputs(inputs, read)) {
      if (!r.ok) {
        result.failed.push({ input: r.input, reason: r.error });
        continue;
      }
      pending.push(r.article);
      if (pending.length >= BATCH) await flush();
    }
    if (pending.length) await flush();
  } finally {
    await queue.close();
  }
  return result;
}

/** How many jobs are in each state. */
export async function queueCounts(redisUrl: string, queueName: string): Promise<Record<string, number>> {
  await checkRedis(redisUrl);
  const queue = new Queue(queueName, { connection: redisConnection(redisUrl) });
  try {
    return await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
  } finally {
    await queue.close();
  }
}
