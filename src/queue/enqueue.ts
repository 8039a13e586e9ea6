import { Queue } from 'bullmq';
import type { Article } from '../doc/schema.js';
import { type IngestOptions, readInputs } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import { checkRedis, jobIdOf, redisConnection } from './connection.js';

export interface EnqueueResult {
  /** Articles added to the queue by this call. */
  queued: number;
  /** Articles whose job was already on the queue (waiting, active, delayed or kept as failed): not added. */
  alreadyQueued: number;
  /** Articles the store given already holds (their job finished earlier): not added. */
  alreadyStored: number;
  failed: { input: string; reason: string }[];
}

/** Jobs go to Redis in batches of this many. */
const BATCH = 200;

/**
 * Reads the inputs and puts each article on the queue, keyed by its content hash: an article whose job
 * is already on the queue is not added again, and is counted apart. Failed jobs are retried with
 * backoff, then kept for inspection (and so count as already queued). Completed jobs are removed, so
 * a finished article is known by the workers' store: given `store`, an article it holds is not added
 * either, and is counted apart (without it, it is queued again and its worker finds it stored).
 */
export async function enqueueInputs(
  inputs: readonly string[],
  read: IngestOptions,
  redisUrl: string,
  queueName: string,
  store?: Pick<Store, 'hasArticle'>,
): Promise<EnqueueResult> {
  await checkRedis(redisUrl);
  const queue = new Queue<Article>(queueName, { connection: redisConnection(redisUrl) });
  const result: EnqueueResult = { queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: [] };
  let pending: Article[] = [];
  const flush = async () => {
    // BullMQ ignores a job whose id exists without saying so: look first, to report what was added.
    const states = await Promise.all(pending.map((article) => queue.getJobState(jobIdOf(article.id))));
    // (an article twice in one batch counts once; in an earlier batch, its job now exists)
    const batch = new Set<string>();
    const unqueued = pending.filter((article, i) => {
      const isNew = states[i] === 'unknown' && !batch.has(article.id);
      batch.add(article.id);
      return isNew;
    });
    const stored = await Promise.all(unqueued.map((article) => store?.hasArticle(article.id)));
    const fresh = unqueued.filter((_, i) => !stored[i]);
    // Still keyed by id: an article added by another process meanwhile is not added twice.
    await queue.addBulk(
      fresh.map((article) => ({
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
    result.queued += fresh.length;
    result.alreadyStored += unqueued.length - fresh.length;
    result.alreadyQueued += pending.length - unqueued.length;
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
