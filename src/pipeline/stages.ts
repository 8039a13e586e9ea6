// The ordered list of pipeline stages. Order matters: each stage may only read layers produced
// by the stages above it (the runner checks this when the pipeline is built). Planned order:
// segment → syntax (POS, chunks) → entities (NER) → link (actors, coreference) → time →
// attribution → events.

import { eventsStage } from '../stages/events/index.js';
import { segmentStage } from '../stages/segment/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  segmentStage, // sentences and tokens: every later stage works on them
  eventsStage, // last: reads every layer present before it (mentions, entities, timexes, attributions)
];
