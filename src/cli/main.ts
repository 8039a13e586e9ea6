import { Command } from 'commander';
import { VERSION } from '../resources.js';
import { COMMANDS } from './commands/index.js';

/** Builds the `dateline` program; every command lives in its own module under commands/. */
export function buildProgram(): Command {
  const program = new Command('dateline')
    .description('Turn news articles into structured, source-linked event data.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  // `dateline … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  await buildProgram().parseAsync(argv as string[]);
}
