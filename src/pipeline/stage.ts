import type { AnalyzedArticle, LayerName, Layers } from '../doc/schema.js';

/** What every stage may read besides the document: run options shared by the whole pipeline. */
export interface StageContext {
  /** The document creation time used as the anchor for relative dates (YYYY-MM-DD…), or null. */
  readonly anchor: string | null;
  /** Options the whole pipeline was built with. */
  readonly options: PipelineOptions;
}

/** Options given once when a pipeline is built (from the CLI, the API or a worker). */
export interface PipelineOptions {
  /** Extra knowledge files (`--knowledge FILE`) extending the built-in actor knowledge base. */
  readonly knowledgeFiles?: readonly string[];
}

/**
 * A pipeline stage: `run` is pure — it reads the document (and the layers named in `requires`)
 * and returns the new layers named in `produces`; the runner merges them.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  run(doc: AnalyzedArticle, ctx: StageContext): Partial<Layers>;
}

/** Declares a stage, checking that `run` returns exactly the layers named in `produces`. */
export function defineStage<P extends LayerName>(
  stage: Omit<Stage, 'produces' | 'run'> & {
    produces: readonly P[];
    run(doc: AnalyzedArticle, ctx: StageContext): Pick<Layers, P>;
  },
): Stage {
  return stage;
}
