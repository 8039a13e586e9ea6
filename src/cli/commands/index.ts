// The CLI's commands, in the order `dateline --help` lists them.
import type { Command } from 'commander';
import { registerActors } from './actors.js';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval/index.js';
import { registerEvents } from './events.js';
import { registerIngest } from './ingest.js';
import { registerQueue } from './queue.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerTag } from './tag.js';
import { registerWorker } from './worker.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerAnalyze,
  registerActors,
  registerEval,
  registerIngest,
  registerEvents,
  registerServe,
  registerSchema,
  registerStats,
  registerQueue,
  registerWorker,
  registerTag,
];
