// Trains the content-end classifier on PolNeAR train (never dev or test). For every gold content
// that follows its cue, starts outside a quotation and is one piece, each token from the second of
// the content to its end is an example: YES when the content ends just before it, O when it goes on.
//   npx tsx tools/train-attribution-ends.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-end.bin.
import { isOpenQuote } from '../src/stages/attribution/context.js';
import { END_FEATURES_VERSION, endFeatures, isEndCandidate } from '../src/stages/attribution/end-features.js';
import { END_MODEL_FILE } from '../src/stages/attribution/models.js';
import { trainOnContentsAfterCues } from './attribution-training.js';

trainOnContentsAfterCues(
  END_MODEL_FILE,
  END_FEATURES_VERSION,
  (c, { cue, start, end, sentence, pieces }, fv, add) => {
    if (pieces !== 1 || isOpenQuote(c, start) || c.quoteOf[start] >= 0) return;
    for (let k = start + 1; k < Math.min(end + 1, sentence.last); k++) {
      if (!isEndCandidate(c, k)) continue;
      endFeatures(c, cue, start, k, fv);
      add(k === end ? 1 : 0);
    }
  },
);
