import type { Command } from 'commander';
import { scoreActors } from '../../../knowledge/actor-eval.js';
import { knowledgeBase } from '../../../knowledge/knowledge-base.js';
import { readPloverGoldActors } from '../../../knowledge/plover-gold.js';
import { PLOVER_DEV_BUCKETS } from '../../../knowledge/plover-split.js';
import { resourcePath } from '../../../resources.js';

interface EvalActorsOptions {
  part: 'dev' | 'heldout' | 'all';
  errors: string;
  list?: boolean;
  knowledge: string[];
}

/** The team's shared data sits next to the package: ../shared/data. */
const DEFAULT_GOLD = resourcePath('..', 'shared', 'data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt');

function ratio(n: number, d: number): string {
  return `${(d ? n / d : 0).toFixed(3)}  (${n}/${d})`;
}

export function registerEvalActors(evalCommand: Command): void {
  evalCommand
    .command('actors')
    .description('accuracy of actor coding (country, sector) on the PLOVER gold records')
    .argument('[gold]', 'PLOVER_GSR_CAMEO.txt', DEFAULT_GOLD)
    .option('--part <part>', 'dev | heldout | all (heldout: never used to write rules)', 'heldout')
    .option('--errors <n>', 'how many of the most frequent confusions to print', '15')
    .option(
      '--list',
      'print every wrong actor with its sentence (dev part only: the held-out part is never read)',
    )
    .option(
      '--knowledge <file>',
      'extra actor knowledge file (repeatable)',
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .action((gold: string, opts: EvalActorsOptions) => {
      if (opts.list && opts.part !== 'dev') {
        throw new Error('--list prints errors of the dev part only (use --part dev)');
      }
      const kb = knowledgeBase(opts.knowledge);
      const actors = readPloverGoldActors(gold).filter((a) => opts.part === 'all' || a.part === opts.part);
      const score = scoreActors(actors, kb);
      const which = {
        dev: `buckets 0–${PLOVER_DEV_BUCKETS - 1}`,
        heldout: `buckets ${PLOVER_DEV_BUCKETS}–99`,
        all: 'all',
      };
      const out = process.stdout;
      out.write(
        `PLOVER gold actors, ${opts.part} part (record id FNV-1a mod 100, ${which[opts.part]}): ${score.actors}\n`,
      );
      out.write(`country accuracy  ${ratio(score.countryCorrect, score.actors)}\n`);
      out.write(
        `sector accuracy   ${ratio(score.sectorCorrect, score.sectorScored)}  (${score.actors - score.sectorScored} with gold sector *** not scored)\n`,
      );
      out.write('most frequent errors (what  gold → predicted  count  examples):\n');
      for (const c of score.confusions.slice(0, Number(opts.errors))) {
        out.write(
          `  ${c.what.padEnd(7)} ${(c.gold || '∅').padEnd(4)} → ${(c.predicted || '∅').padEnd(4)} ${String(c.count).padStart(3)}  ${c.examples.map((e) => JSON.stringify(e)).join(', ')}\n`,
        );
      }
      if (opts.list) {
        out.write('every error (record  text  gold → predicted  sentence):\n');
        for (const { actor: a, predicted: p } of score.errors) {
          const gold = `${a.country}/${a.sector || '∅'}`;
          const got = `${p?.country || '∅'}/${p?.sector || '∅'} ${p?.code ?? ''}`;
          out.write(`  ${a.record}  ${JSON.stringify(a.text)}  ${gold} → ${got}\n      ${a.context}\n`);
        }
      }
    });
}
