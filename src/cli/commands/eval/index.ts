// `dateline eval <what>`: evaluation commands that print their scores. Each lives in its own module.
import type { Command } from 'commander';
import { registerEvalActors } from './actors.js';
import { registerAttributionEval } from './attribution.js';
import { registerEventsEval } from './events.js';
import { registerEvalExtract } from './extract.js';
import { registerEvalNer } from './ner.js';
import { registerEvalSyntax } from './syntax.js';
import { registerEvalTimex } from './timex.js';

export const EVALUATIONS: ReadonlyArray<(evalCommand: Command) => void> = [
  registerEvalActors,
  registerAttributionEval,
  registerEventsEval,
  registerEvalExtract,
  registerEvalNer,
  registerEvalSyntax,
  registerEvalTimex,
];

export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('score Dateline against annotated data and print the scores');
  for (const register of EVALUATIONS) register(evalCommand);
}
