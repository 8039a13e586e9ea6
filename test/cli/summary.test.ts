import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/cli/summary/index.js';
import { plainArticle } from '../../src/ingest/plain.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../src/pipeline/stages.js';

const pipeline = buildPipeline(DEFAULT_STAGES);

function summaryOf(text: string): string {
  const article = plainArticle(text, { format: 'text' });
  return summarize(pipeline.run({ ...article, published: { value: '2024-03-08', how: 'given' } }));
}

describe('the readable summary of `dateline analyze`', () => {
  const summary = summaryOf(
    'Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, the Ukrainian army said.\n\n' +
      '"We held the line," Ukrainian President Volodymyr Zelensky said.',
  );

  it('lists the coded actors, the dates with their values and the sources', () => {
    expect(summary).toContain('actors:');
    expect(summary).toMatch(/Volodymyr Zelensky UKRGOV/);
    expect(summary).toMatch(/Tuesday → 2024-03-05 \(inferred\)/);
    expect(summary).toMatch(/Ukrainian army UKRMIL \[indirect, “said”\]: “Russian troops attacked/);
    expect(summary).toMatch(/Volodymyr Zelensky UKRGOV \[direct, “said”\]: “"We held the line,"”/);
  });

  it('lists the events as the events table does', () => {
    expect(summary).toMatch(/events:\n\s+date\s+type\s+cameo\s+source\s+target\s+trigger/);
    expect(summary).toMatch(/2024-03-05\s+ASSAULT\S*\s+19\d\s+RUSMIL.*UKR.*attacked/);
  });

  it('leaves the sections out when there is nothing to list', () => {
    const plain = summaryOf('The weather was mild.');
    expect(plain).not.toContain('events:');
    expect(plain).not.toContain('sources:');
  });
});
