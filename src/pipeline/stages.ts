// The ordered list of pipeline stages. Order matters: each stage may only read layers produced
// by the stages above it (the runner checks this when the pipeline is built). Planned order:
// segment → syntax (POS, chunks) → entities (NER) → link (actors, coreference) → time →
// attribution → events.
import { entitiesStage } from '../stages/entities/index.js';
import { attributionStage } from '../stages/attribution/index.js';

import { eventsStage } from '../stages/events/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { timeStage } from '../stages/time/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  segmentStage, // sentences and tokens: every later stage works on them
  syntaxStage, // POS and chunk tags on the tokens, per sentence: NER, attribution and events read them
  entitiesStage, // named-entity mentions; reads tokens and sentences only
  timeStage, // timexes; planned after link, needs only sentences (placed here until the others land)
  attributionStage, // after syntax, entities and link when present: it reads chunks and speaker entities
  eventsStage, // last: reads every layer present before it (mentions, entities, timexes, attributions)
];
