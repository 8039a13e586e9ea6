// The CLI's commands, in the order `dateline --help` lists them.
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval/index.js';
import { registerEvents } from './events.js';
import { registerSchema } from './schema.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerAnalyze,
  registerEval,
  registerEvents,
  registerSchema,
];
