// Verbs of campaign news that name no event (lexicon/cameo-verbs-extra.txt, the news precision audit's
// section): a verbal defence, a retort, hearing and learning, "when it came to", publishing documents,
// holding an office, the future "is going to". Through the whole default pipeline, as the tagger decides
// which words are verbs.
import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';

const pipeline = buildPipeline(DEFAULT_STAGES);
const eventsOf = (text: string) =>
  (pipeline.run(plainArticle(text, { format: 'text' })).events ?? []).map((e) => `${e.trigger.text} ${e.type}`);

describe('campaign verbs', () => {
  it('report no event when they defend a statement, retort, hear, learn, publish or hold an office', () => {
    for (const text of [
      'Senator Ted Cruz defended his remarks about Governor Chris Christie on Monday.',
      'Senator Ted Cruz shot back at Governor Chris Christie.',
      'Senator Ted Cruz fired back at Governor Chris Christie on Tuesday.',
      'Senator Ted Cruz hit back again, saying Governor Chris Christie was wrong.',
      'Senator Ted Cruz heard Governor Chris Christie.',
      'Senator Ted Cruz learned that Governor Chris Christie had won.',
      'When it came to Senator Ted Cruz, Iowa voters were split.',
      'Senator Ted Cruz released ten years of tax returns.',
      'Governor Chris Christie served as governor of New Jersey.',
      'Senator Ted Cruz is going to Iowa voters with his plan.',
    ])
      expect(eventsOf(text), text).toEqual([]);
  });

  it('still code shooting, criticism "hit back at" someone, a visit and freeing prisoners', () => {
    expect(eventsOf('Russia released two American prisoners.')).toEqual(['released RETREAT']);
    expect(eventsOf('Senator Ted Cruz hit back at Governor Chris Christie.')).toEqual(['hit ACCUSE']);
    expect(eventsOf('Russian troops shot two Ukrainian soldiers.')).toEqual(['shot ASSAULT']);
    expect(eventsOf('President Vladimir Putin came to Beijing on Monday.')).toEqual(['came CONSULT']);
    expect(eventsOf('Senator Ted Cruz went to Iowa on Monday.')).toEqual(['went to CONSULT']);
  });
});
