// `--help` names each store and Redis option's environment variable once and its default once.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/** The help text of one option: its line and the indented lines that continue it. */
function optionHelp(help: string, flag: string): string {
  const lines = help.split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(flag));
  const rest = lines.slice(at + 1).findIndex((l) => /^\s+-/.test(l) || !l.trim());
  return lines.slice(at, rest < 0 ? undefined : at + 1 + rest).join(' ');
}

describe('dateline --help', () => {
  it.each([
    ['ingest', '--db', '$DATELINE_DB'],
    ['stats', '--db', '$DATELINE_DB'],
    ['events', '--db', '$DATELINE_DB'],
    ['serve', '--db', '$DATELINE_DB'],
    ['worker', '--db', '$DATELINE_DB'],
    ['worker', '--redis', '$DATELINE_REDIS'],
  ])('%s %s', (command, flag, variable) => {
    const text = optionHelp(runCli([command, '--help']).stdout, flag);
    expect(text.split(variable)).toHaveLength(2);
    expect(text.split('(default:')).toHaveLength(2);
  });
});
