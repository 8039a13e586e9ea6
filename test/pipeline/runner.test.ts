import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../src/ingest/plain.js';
import { buildPipeline, PipelineConfigError } from '../../src/pipeline/runner.js';
import { defineStage } from '../../src/pipeline/stage.js';
import { segmentStage } from '../../src/stages/segment/index.js';

const needsMentions = defineStage({
  name: 'needs-mentions',
  requires: ['mentions'],
  produces: ['events'],
  run: () => ({ events: [] }),
});

describe('buildPipeline', () => {
  it('names the stage and the missing layer when a requirement is not produced earlier', () => {
    expect(() => buildPipeline([segmentStage, needsMentions])).toThrow(PipelineConfigError);
    expect(() => buildPipeline([segmentStage, needsMentions])).toThrow(
      /"needs-mentions" requires layer "mentions"/,
    );
  });
  it('runs the stages in order, merges their layers and times them', () => {
    const pipeline = buildPipeline([segmentStage]);
    const doc = pipeline.run(plainArticle('One. Two.', { format: 'text' }));
    expect(doc.sentences?.map((s) => s.text)).toEqual(['One.', 'Two.']);
    expect(pipeline.timings.get('segment')?.docs).toBe(1);
  });
});
