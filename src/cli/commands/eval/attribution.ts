// `dateline eval attribution DIR`: attribution scores against PolNeAR-style brat files.
import type { Command } from 'commander';
import {
  CORPUS_LAYOUT,
  evaluateAttributionCorpus,
  readAttributionCorpus,
} from '../../../eval/attribution-corpus.js';
import { summarizeCounts } from '../../../eval/attribution-score.js';
import { buildPipeline, stagesUpTo } from '../../../pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../pipeline/stages.js';
import { requireSomething } from './nothing-to-score.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function registerAttributionEval(evalCommand: Command): void {
  evalCommand
    .command('attribution')
    .description(
      'score attributions against DIR/text/*.txt and DIR/attributions/*.ann (brat, PolNeAR layout)',
    )
    .argument('<dir>', 'a directory with text/ and attributions/, e.g. ../shared/data/polnear/dev')
    .option('--json', 'print the scores as one JSON object')
    .action((dir: string, opts: { json?: boolean }) => {
      const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));
      const docs = readAttributionCorpus(dir);
      requireSomething(docs.length, dir, 'texts', CORPUS_LAYOUT);
      const t0 = performance.now();
      const result = evaluateAttributionCorpus(pipeline, docs);
      const seconds = (performance.now() - t0) / 1000;
      const total = summarizeCounts(result.total);
      const univocal = summarizeCounts(result.univocal);
      const byKind = [...result.byKind].map(([kind, counts]) => ({
        kind,
        predicted: counts.predicted,
        ...summarizeCounts(counts),
      }));
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ documents: result.documents, words: result.words, ...total, univocal, byKind })}\n`,
        );
        return;
      }
      const c = result.total;
      const lines = [
        `documents ${result.documents}, words ${result.words}, gold ${c.gold.toFixed(1)}, predicted ${Math.round(c.predicted)}, ${seconds.toFixed(1)} s`,
        `content (half-overlap)  P ${pct(total.precision)}  R ${pct(total.recall)}  F1 ${pct(total.f1)}`,
        `content (exact span)    F1 ${pct(total.exactF1)}`,
        `among matched pairs     source accuracy ${pct(total.sourceAccuracy)}  cue accuracy ${pct(total.cueAccuracy)}`,
        `univocal: the outermost of nested attributions only (PolNeAR gives a token one attribution)`,
        `  content (half-overlap) P ${pct(univocal.precision)}  R ${pct(univocal.recall)}  F1 ${pct(univocal.f1)}  source accuracy ${pct(univocal.sourceAccuracy)}`,
        'by predicted kind       predicted  precision  source acc',
        ...byKind.map(
          (s) =>
            `  ${s.kind.padEnd(21)} ${String(Math.round(s.predicted)).padStart(9)}  ${pct(s.precision).padStart(9)}  ${pct(s.sourceAccuracy).padStart(10)}`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
