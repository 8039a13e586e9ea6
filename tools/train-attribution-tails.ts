// Trains the tail classifier on PolNeAR train (never dev or test). Every place the rules judge a
// cue's tail (detectCandidates' observer) where a gold cue touches the cue word is an example: YES
// when that gold content precedes its cue, O when it follows; a text with several annotation files
// gives one label per file that marks the cue.
//   npx tsx tools/train-attribution-tails.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-tail.bin.
import { FeatureVector } from '../src/ml/index.js';
import { detectCandidates } from '../src/stages/attribution/detect.js';
import { TAIL_MODEL_FILE } from '../src/stages/attribution/models.js';
import { TAIL_FEATURES_VERSION, tailFeatures } from '../src/stages/attribution/tail-features.js';
import { type Example, keysOf, taggedCorpus, trainAndWrite } from './attribution-training.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);

const examples: Example[] = [];
const fv = new FeatureVector();
for (const { doc, c } of taggedCorpus(dir)) {
  detectCandidates(c, (j) => {
    const t = c.tokens[j.cue];
    const labels: number[] = [];
    for (const gold of doc.annotations) {
      const a = gold.find((g) => g.cue?.some((f) => f.start < t.end && t.start < f.end));
      if (a?.cue) labels.push(a.content[0].start < a.cue[0].start ? 1 : 0);
    }
    if (labels.length === 0) return;
    tailFeatures(c, j, fv);
    examples.push({ keys: keysOf(fv), labels });
  });
}
trainAndWrite(examples, epochs, TAIL_MODEL_FILE, TAIL_FEATURES_VERSION);
