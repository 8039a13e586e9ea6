import { type Job, Worker } from 'bullmq';
import type { Article } from '../doc/schema.js';
import type { Analyzer } from '../pipeline/pool.js';
import type { PutResult, Store } from '../store/store.js';
import { redisConnection } from './connection.js';

export const DEFAULT_LOCK_MS = 30_000;
const MAX_STALLED = 3;

export interface QueueWorkerOptions {
  redisUrl: string;
  queueName: string;
  store: Store;
  analyzer: Analyzer;
  /** Jobs processed at once; enough to keep every analysis thread busy. */
  concurrency: number;
  /**
   * How long a job stays locked to this worker without a renewal: when the worker dies, its jobs go
   * back to the queue after about this long (checked as often). Default 30 s.
   */
  lockMs?: number;
  onDone?(article: Article, result: PutResult): void;
  onFailed?(article: Article | undefined, error: Error): void;
  /** A connection problem (the worker keeps retrying). */
  onError?(error: Error): void;
}

/**
 * Takes articles off the queue, analyzes and stores them. Storing is idempotent, so a job run twice
 * (a worker died after storing but before acknowledging) stores nothing new; a job whose worker died
 * is handed to another worker once its lock expires.
 */
export function startQueueWorker(options: QueueWorkerOptions): Worker<Article, PutResult> {
  const { store, analyzer } = options;
  const worker = new Worker<Article, PutResult>(
    options.queueName,
    async (job: Job<Article>) => {
      const article = job.data;
      if (await store.hasArticle(article.id)) return 'unchanged';
      return store.putAnalysis(await analyzer.analyze(article));
    },
    {
      connection: redisConnection(options.redisUrl),
      concurrency: options.concurrency,
      lockDuration: options.lockMs ?? DEFAULT_LOCK_MS,
      stalledInterval: options.lockMs ?? DEFAULT_LOCK_MS,
      // A job whose lock lapsed while a busy worker held it (the analysis blocks the event loop) goes
      // back to the queue; running it again is harmless (storing is idempotent), so allow a few lapses
      // before calling it failed rather than BullMQ's one.
      maxStalledCount: MAX_STALLED,
    },
  );
  worker.on('completed', (job, result) => options.onDone?.(job.data, result));
  worker.on('failed', (job, error) => options.onFailed?.(job?.data, error));
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}
