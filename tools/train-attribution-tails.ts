// Trains the tail classifier on PolNeAR train (never dev or test). Every place the rules judge a
// cue's tail (detectCandidates' observer) where a gold cue touches the cue word is an example: YES
// when that gold content precedes its cue, O when it follows; a text with several annotation files
// gives one label per file that marks the cue.
//   npx tsx tools/train-attribution-tails.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-tail.bin.
import { detectCandidates } from '../src/stages/attribution/detect.js';
import { TAIL_MODEL_FILE } from '../src/stages/attribution/models.js';
import { TAIL_FEATURES_VERSION, tailFeatures } from '../src/stages/attribution/tail-features.js';
import { goldTouchingCue, trainOnTexts } from './attribution-training.js';

trainOnTexts(TAIL_MODEL_FILE, TAIL_FEATURES_VERSION, (doc, c, fv, add) => {
  detectCandidates(c, (j) => {
    const t = c.tokens[j.cue];
    const gold = goldTouchingCue(doc, t.start, t.end).filter((a) => a.cue);
    if (gold.length === 0) return;
    tailFeatures(c, j, fv);
    add(gold.map((a) => (a.content[0].start < (a.cue?.[0].start ?? 0) ? 1 : 0)));
  });
});
