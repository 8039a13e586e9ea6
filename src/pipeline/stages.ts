// The ordered list of pipeline stages. Order matters: each stage may only read layers produced
// by the stages above it (the runner checks this when the pipeline is built).
import { attributionStage } from '../stages/attribution/index.js';
import { captionsStage } from '../stages/captions/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { linkStage } from '../stages/link/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { timeStage } from '../stages/time/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  segmentStage, // sentences and tokens: every later stage works on them
  syntaxStage, // POS and chunk tags on the tokens: link, attribution and events read them
  entitiesStage, // named-entity mentions; reads tokens and sentences only
  linkStage, // entities with actor codes; adds nominal and pronoun mentions NER does not tag
  captionsStage, // names in the captions, tied to the body's entities: after link
  timeStage, // timexes anchored on the publication date; needs only sentences
  attributionStage, // reads chunks and speaker entities from the stages above
  eventsStage, // last: reads every layer before it (mentions, entities, timexes, attributions)
];
