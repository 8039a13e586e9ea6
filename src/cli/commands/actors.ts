import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { codeActor } from '../../knowledge/actor-coder.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';

interface CodeRequest {
  text: string;
  context?: string;
  date?: string;
}

export function registerActors(program: Command): void {
  const actors = program.command('actors').description('code actor phrases as CAMEO actors');
  actors
    .command('code')
    .description(
      'read JSON lines {"text", "context"?, "date"?} on stdin; write {"country", "sector", "code", "name"} per line, in order',
    )
    .option(
      '--knowledge <file>',
      'extra actor knowledge file (repeatable)',
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .action(async (opts: { knowledge: string[] }) => {
      const kb = knowledgeBase(opts.knowledge);
      let failed = 0;
      let lineNumber = 0;
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        let request: CodeRequest;
        try {
          request = JSON.parse(line) as CodeRequest;
          if (typeof request.text !== 'string') throw new Error('"text" must be a string');
        } catch (error) {
          failed++;
          process.stderr.write(`dateline actors code: line ${lineNumber}: ${(error as Error).message}\n`);
          process.stdout.write(`${JSON.stringify({ country: '', sector: '', code: '', name: '' })}\n`);
          continue;
        }
        const coded = codeActor(request.text, kb, { context: request.context, date: request.date ?? null });
        const out = coded
          ? { country: coded.country, sector: coded.sector, code: coded.code, name: coded.name }
          : { country: '', sector: '', code: '', name: '' };
        process.stdout.write(`${JSON.stringify(out)}\n`);
      }
      if (failed > 0) process.exitCode = 2;
    });
}
