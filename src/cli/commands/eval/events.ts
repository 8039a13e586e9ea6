// `dateline eval events FILE`: event coding scored on the PLOVER gold records (PLOVER_GSR_CAMEO.txt).
import type { Command } from 'commander';
import { type ActorSource, type EventMethod, evaluateEvents } from '../../../eval/events.js';
import { readPloverGold } from '../../../knowledge/plover-gold-events.js';
import { ploverBucket } from '../../../knowledge/plover-split.js';
import { readEventClassifier } from '../../../stages/events/classifier.js';

/** Bucket ranges of the fixed split (src/knowledge/plover-split.ts). */
const PARTS: Record<string, [number, number]> = {
  heldout: [70, 100],
  dev: [50, 70],
  train: [0, 70],
  all: [0, 100],
};

interface EventsEvalOptions {
  part: string;
  method: EventMethod;
  model?: string;
  actors: ActorSource;
  json?: boolean;
}

export function registerEventsEval(evalCommand: Command): void {
  evalCommand
    .command('events')
    .description(
      'score event coding (PLOVER type, mode, CAMEO root, source/target countries) on PLOVER gold records',
    )
    .argument('<file>', 'PLOVER_GSR_CAMEO.txt')
    .option(
      '--part <part>',
      'heldout (buckets 70–99, never trained on) | dev (50–69) | train (0–69) | all',
      'heldout',
    )
    .option(
      '--method <method>',
      'patterns | classifier | combined (patterns, else the classifier)',
      'patterns',
    )
    .option(
      '--model <prefix>',
      'classifier models PREFIX-type.bin and PREFIX-mode.bin instead of models/events-plover-*',
    )
    .option(
      '--actors <from>',
      'pipeline (entities of the link stage) | gold (the gold actor texts as mentions: scores role assignment alone)',
      'pipeline',
    )
    .option('--json', 'print the scores as JSON')
    .action((file: string, opts: EventsEvalOptions) => {
      const range = PARTS[opts.part];
      if (!range) throw new Error(`unknown --part ${opts.part}`);
      const records = readPloverGold(file).filter((r) => {
        const b = ploverBucket(r.id);
        return b >= range[0] && b < range[1];
      });
      const model = opts.model ? readEventClassifier(opts.model) : undefined;
      const scores = evaluateEvents(records, opts.method, model, opts.actors);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ part: opts.part, method: opts.method, actors: opts.actors, ...scores })}\n`,
        );
        return;
      }
      const pct = (x: number) => x.toFixed(3);
      process.stdout.write(
        [
          `PLOVER gold records, part ${opts.part} (${scores.records} records), method ${opts.method}, actors ${opts.actors}`,
          `event type accuracy      ${pct(scores.typeAccuracy)}   macro-F1 ${pct(scores.typeMacroF1)}`,
          `mode accuracy            ${pct(scores.modeAccuracy)}   (${scores.modeRecords} records with a mode)`,
          `CAMEO root accuracy      ${pct(scores.cameoRootAccuracy)}`,
          `source country accuracy  ${pct(scores.sourceCountryAccuracy)}   (${scores.sourceRecords} records with a source)`,
          `target country accuracy  ${pct(scores.targetCountryAccuracy)}   (${scores.targetRecords} records with a target)`,
          `no event found           ${scores.noEvent}`,
          '',
        ].join('\n'),
      );
    });
}
