// Trains the content-start classifier on PolNeAR train (never dev or test). For every gold content
// that follows its cue and starts within START_WINDOW tokens of it, each word (or opening quote mark)
// of that window is an example: YES when the content starts there, O otherwise.
//   npx tsx tools/train-attribution-starts.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-start.bin.
import { START_MODEL_FILE } from '../src/stages/attribution/models.js';
import {
  isStartCandidate,
  START_FEATURES_VERSION,
  startFeatures,
  startWindowEnd,
} from '../src/stages/attribution/start-features.js';
import { trainOnContentsAfterCues } from './attribution-training.js';

trainOnContentsAfterCues(START_MODEL_FILE, START_FEATURES_VERSION, (c, { cue, start, sentence }, fv, add) => {
  const windowEnd = startWindowEnd(cue + 1, sentence);
  if (start <= cue || start >= windowEnd || !isStartCandidate(c, start)) return;
  for (let k = cue + 1; k < windowEnd; k++) {
    if (!isStartCandidate(c, k)) continue;
    startFeatures(c, cue, k, fv);
    add(k === start ? 1 : 0);
  }
});
