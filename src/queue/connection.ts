// The scale-out engine is BullMQ on Redis: `dateline queue add` puts articles on a queue, any number
// of `dateline worker` processes on any machines take them off, analyze them and store them.
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';

export const DEFAULT_QUEUE = 'dateline-articles';

/** BullMQ connection settings for a redis:// URL (workers block on Redis, so no retry limit per request). */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

/** The job id of an article: its content hash (BullMQ ids may not contain ":"), so a queued article is queued once. */
export function jobIdOf(articleId: string): string {
  return articleId.replace(/:/g, '-');
}

/** Fails fast, naming the server, when Redis does not answer (BullMQ itself would retry forever). */
export async function checkRedis(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  client.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (cause ?? (error as Error)).message;
    throw new Error(`cannot reach Redis at ${url}: ${reason}`);
  } finally {
    client.disconnect();
  }
}
