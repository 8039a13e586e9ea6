// The CLI's commands, in the order `dateline --help` lists them.
import type { Command } from 'commander';
import { registerActors } from './actors.js';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval/index.js';
import { registerSchema } from './schema.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerAnalyze,
  registerActors,
  registerEval,
  registerSchema,
];
