// Reads inputs, analyzes the articles (on a pool of threads) and stores them, keeping input order.
// Articles already stored are not analysed again: ingest is idempotent and resumes after a crash.
import type { AnalyzedArticle } from '../doc/schema.js';
import { type IngestOptions, type IngestResult, readInputs } from '../ingest/index.js';
import { mapOrdered } from '../pipeline/ordered.js';
import type { Analyzer } from '../pipeline/pool.js';
import type { Store } from '../store/store.js';

export type Outcome =
  | { kind: 'new' | 'unchanged'; input: string; id: string }
  | { kind: 'failed'; input: string; reason: string };

export interface IngestCounts {
  new: number;
  unchanged: number;
  failed: { input: string; reason: string }[];
}

export interface IngestBatch {
  inputs: readonly string[];
  read: IngestOptions;
  store: Store;
  analyzer: Analyzer;
  /** Called once per article or failed input, in input order. */
  onOutcome?(outcome: Outcome, counts: IngestCounts): void;
}

type Analyzed =
  | { kind: 'analyzed'; input: string; doc: AnalyzedArticle }
  | { kind: 'unchanged'; input: string; id: string }
  | { kind: 'failed'; input: string; reason: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function ingestBatch(batch: IngestBatch): Promise<IngestCounts> {
  const { store, analyzer } = batch;
  const counts: IngestCounts = { new: 0, unchanged: 0, failed: [] };
  const analyzeOne = async (result: IngestResult): Promise<Analyzed> => {
    if (!result.ok) return { kind: 'failed', input: result.input, reason: result.error };
    const { input, article } = result;
    if (await store.hasArticle(article.id)) return { kind: 'unchanged', input, id: article.id };
    try {
      return { kind: 'analyzed', input, doc: await analyzer.analyze(article) };
    } catch (error) {
      return { kind: 'failed', input, reason: `analysis failed: ${message(error)}` };
    }
  };
  // Enough articles in flight to keep every thread busy while the store writes one at a time.
  const window = analyzer.workers * 4;
  for await (const step of mapOrdered(readInputs(batch.inputs, batch.read), analyzeOne, window)) {
    let outcome: Outcome;
    if (step.kind === 'analyzed') {
      try {
        outcome = { kind: await store.putAnalysis(step.doc), input: step.input, id: step.doc.id };
      } catch (error) {
        outcome = { kind: 'failed', input: step.input, reason: `could not store: ${message(error)}` };
      }
    } else {
      outcome = step;
    }
    if (outcome.kind === 'failed') counts.failed.push({ input: outcome.input, reason: outcome.reason });
    else counts[outcome.kind]++;
    batch.onOutcome?.(outcome, counts);
  }
  return counts;
}
