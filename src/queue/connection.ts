// The scale-out engine is BullMQ on Redis: `dateline queue add` puts articles on a queue, any number
// of `dateline worker` processes on any machines take them off, analyze them and store them.
import type { ConnectionOptions } from 'bullmq';

export const DEFAULT_QUEUE = 'dateline-articles';

/** BullMQ connection settings for a redis:// URL (workers block on Redis, so no retry limit per request). */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

/** The job id of an article: its content hash (BullMQ ids may not contain ":"), so a queued article is queued once. */
export function jobIdOf(articleId: string): string {
  return articleId.replace(/:/g, '-');
}
