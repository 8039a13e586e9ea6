// The probe sets (role, code and end-to-end actor probes) score one sentence at a time: run through the
// pipeline up to the events stage, optionally adjusted (the role probes mark their actors), and its main
// event taken as `dateline eval events` takes it (actor-less events included).
import type { AnalyzedArticle, Event } from '../doc/schema.js';
import { plainArticle } from '../ingest/plain.js';
import { buildPipeline } from '../pipeline/runner.js';
import { DEFAULT_STAGES } from '../pipeline/stages.js';
import { findEvents } from '../stages/events/index.js';
import { mainEvent } from './events.js';

export type ProbeRun = (
  sentence: string,
  adjust?: (doc: AnalyzedArticle) => AnalyzedArticle,
) => { doc: AnalyzedArticle; event: Event | undefined };

/** A runner that loads the pipeline once for all the probes of a set. */
export function probeRunner(): ProbeRun {
  const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
  return (sentence, adjust = (doc) => doc) => {
    const doc = adjust(pipeline.run(plainArticle(sentence, { format: 'text' })));
    const event = mainEvent(findEvents(doc, { anchor: null, options: {} }, { keepActorless: true }));
    return { doc, event };
  };
}
