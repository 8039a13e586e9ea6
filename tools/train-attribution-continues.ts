// Trains the continuation classifier on PolNeAR train (never dev or test): every place where a content
// the rules found ends with its sentence and the next sentence has no cue (continueOverSentences) is
// an example, where a gold cue touches the attribution's cue: YES when that gold content reaches into
// the next sentence; a text with several annotation files gives one label per file that marks the cue.
// The content goes on as the first such file says, so later sentences are judged as the stage would.
//   npx tsx tools/train-attribution-continues.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-continue.bin.
import { CONTINUE_FEATURES_VERSION, continueFeatures } from '../src/stages/attribution/continue-features.js';
import { ruleCandidates } from '../src/stages/attribution/index.js';
import { CONTINUE_MODEL_FILE } from '../src/stages/attribution/models.js';
import { goldTouchingCue, trainOnTexts } from './attribution-training.js';

trainOnTexts(CONTINUE_MODEL_FILE, CONTINUE_FEATURES_VERSION, (doc, c, fv, add) => {
  ruleCandidates(c, (j) => {
    const gold = goldTouchingCue(doc, c.tokens[j.x.cue.first].start, c.tokens[j.x.cue.last - 1].end);
    if (gold.length === 0) return false;
    const labels = gold.map((a) =>
      a.content[a.content.length - 1].end > c.tokens[j.next.first].start ? 1 : 0,
    );
    continueFeatures(c, j, fv);
    add(labels);
    return labels[0] === 1;
  });
});
