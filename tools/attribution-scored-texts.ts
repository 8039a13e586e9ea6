// Each text of a PolNeAR-style directory with the stage's predictions and their pairing with the first
// annotation file, for the error-analysis tools.
import type { Attribution } from '../src/doc/schema.js';
import { type CorpusDocument, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { scoreAttributions } from '../src/eval/attribution-score.js';
import { plainArticle } from '../src/ingest/plain.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { type DocContext, docContext } from '../src/stages/attribution/context.js';

export interface ScoredText {
  doc: CorpusDocument;
  c: DocContext;
  predicted: Attribution[];
  gold: CorpusDocument['annotations'][number];
  /** [prediction index, gold index] of the matched pairs. */
  pairs: Array<[number, number]>;
}

export function* scoredTexts(dir: string): Generator<ScoredText> {
  const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));
  for (const doc of readAttributionCorpus(dir)) {
    const analysed = pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name }));
    const c = docContext(analysed);
    const predicted = analysed.attributions ?? [];
    const gold = doc.annotations[0];
    const { pairs } = scoreAttributions(predicted, gold);
    yield { doc, c, predicted, gold, pairs };
  }
}
