// `dateline eval <what>`: evaluation commands that print their scores. Each lives in its own module.
import type { Command } from 'commander';
import { registerEventsEval } from './events.js';

export const EVALUATIONS: ReadonlyArray<(evalCommand: Command) => void> = [registerEventsEval];

export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('score Dateline against annotated data and print the scores');
  for (const register of EVALUATIONS) register(evalCommand);
}
