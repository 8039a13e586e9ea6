// Stage `captions`: the names in photo captions. Captions are kept apart from the body text (their
// offsets could not index it), so each caption is analysed as a small document of its own with the
// same segment, syntax, entities and link stages; a caption name whose knowledge-base id or
// canonical name matches a body entity points to that entity.
import type { AnalyzedArticle, CaptionMention, Entity } from '../../doc/schema.js';
import { buildPipeline, type Pipeline } from '../../pipeline/runner.js';
import { defineStage, type PipelineOptions } from '../../pipeline/stage.js';
import { entitiesStage } from '../entities/index.js';
import { linkStage } from '../link/index.js';
import { segmentStage } from '../segment/index.js';
import { syntaxStage } from '../syntax/index.js';

/** The stages a caption goes through, built (and checked) once per set of pipeline options. */
const captionPipelines = new WeakMap<PipelineOptions, Pipeline>();

function captionPipeline(options: PipelineOptions): Pipeline {
  let pipeline = captionPipelines.get(options);
  if (!pipeline) {
    pipeline = buildPipeline([segmentStage, syntaxStage, entitiesStage, linkStage], options);
    captionPipelines.set(options, pipeline);
  }
  return pipeline;
}

function analyzeCaption(doc: AnalyzedArticle, text: string, options: PipelineOptions): AnalyzedArticle {
  return captionPipeline(options).run({ ...doc, text, captions: [], offsets: undefined, dateline: null });
}

/**
 * The body entity a caption entity names: the one with its knowledge-base id, else the one with its
 * canonical name (a person may be found under two ids, "Vladimir Putin" in the list of current
 * leaders and a bare "Putin" in the Phoenix dictionary, both named "Vladimir Putin").
 */
function bodyEntityFinder(entities: readonly Entity[]): (e: Entity) => string | undefined {
  const byKb = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of entities) {
    if (e.kb && !byKb.has(e.kb)) byKb.set(e.kb, e.id);
    if (!byName.has(e.name)) byName.set(e.name, e.id);
  }
  return (e) => (e.kb ? byKb.get(e.kb) : undefined) ?? byName.get(e.name);
}

export const captionsStage = defineStage({
  name: 'captions',
  requires: ['entities'],
  produces: ['captionMentions'],
  run(doc, ctx) {
    const bodyEntity = bodyEntityFinder(doc.entities ?? []);
    const captionMentions: CaptionMention[] = [];
    doc.captions.forEach((c, index) => {
      const analysed = analyzeCaption(doc, c.text, ctx.options);
      const entities = new Map((analysed.entities ?? []).map((e) => [e.id, e]));
      for (const { entity: id, entities: _group, ...mention } of analysed.mentions ?? []) {
        const entity = id === undefined ? undefined : entities.get(id);
        const body = entity && bodyEntity(entity);
        captionMentions.push({
          ...mention,
          caption: index,
          name: entity?.name ?? mention.text,
          actor: entity?.actor ?? null,
          ...(entity?.kb ? { kb: entity.kb } : {}),
          ...(body ? { entity: body } : {}),
        });
      }
    });
    return { captionMentions };
  },
});
