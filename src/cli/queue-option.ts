import { DEFAULT_QUEUE } from '../queue/connection.js';

export const REDIS_OPTION = {
  flags: '--redis <url>',
  description: 'Redis server holding the queue; $DATELINE_REDIS when set',
  defaultValue: process.env.DATELINE_REDIS ?? 'redis://127.0.0.1:6379',
} as const;

export const QUEUE_OPTION = {
  flags: '--queue <name>',
  description: 'queue name (one per corpus or store)',
  defaultValue: DEFAULT_QUEUE,
} as const;
