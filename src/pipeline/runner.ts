import type { AnalyzedArticle, Article, LayerName } from '../doc/schema.js';
import type { PipelineOptions, Stage, StageContext } from './stage.js';

export class PipelineConfigError extends Error {
  readonly code = 'E_PIPELINE_CONFIG';
}

/** Milliseconds spent in each stage, accumulated over every document a pipeline ran. */
export type StageTimings = Map<string, { ms: number; docs: number }>;

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly timings: StageTimings;
  run(article: Article): AnalyzedArticle;
}

/**
 * Builds a pipeline from an ordered list of stages, checking that each stage's requirements are
 * produced by a stage before it; the error names the stage and the missing layer.
 */
export function buildPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const available = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineConfigError(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new PipelineConfigError(
          `stage "${stage.name}" requires layer "${layer}", which no earlier stage produces`,
        );
      }
    }
    for (const layer of stage.produces) available.add(layer);
  }
  const timings: StageTimings = new Map(stages.map((s) => [s.name, { ms: 0, docs: 0 }]));

  return {
    stages,
    timings,
    run(article) {
      const ctx: StageContext = { anchor: article.published.value, options };
      let doc: AnalyzedArticle = { ...article };
      for (const stage of stages) {
        const t0 = performance.now();
        const layers = stage.run(doc, ctx);
        const timing = timings.get(stage.name);
        if (timing) {
          timing.ms += performance.now() - t0;
          timing.docs += 1;
        }
        doc = { ...doc, ...layers };
      }
      return doc;
    },
  };
}

/** Restricts an ordered stage list to those needed for `until` (a stage name) and its requirements. */
export function stagesUpTo(stages: readonly Stage[], until: string): Stage[] {
  const index = stages.findIndex((s) => s.name === until);
  if (index < 0)
    throw new PipelineConfigError(`unknown stage "${until}"; known: ${stages.map((s) => s.name).join(', ')}`);
  return stages.slice(0, index + 1);
}
