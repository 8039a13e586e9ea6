// Trains the attribution cue classifier on PolNeAR train (never dev or test): every word the
// classifier decides on (isCueCandidateToken) is an example, labelled YES when it lies inside a gold
// Cue span; a text with several annotation files gives one label per file.
//   npx tsx tools/train-attribution-cues.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-cue.bin.
import { FeatureVector } from '../src/ml/index.js';
import {
  CUE_FEATURES_VERSION,
  cueFeatures,
  isCueCandidateToken,
} from '../src/stages/attribution/cue-features.js';
import { CUE_MODEL_FILE } from '../src/stages/attribution/models.js';
import { type Example, keysOf, taggedCorpus, trainAndWrite } from './attribution-training.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);

const examples: Example[] = [];
const fv = new FeatureVector();
for (const { doc, c } of taggedCorpus(dir)) {
  const cueSpans = doc.annotations.map((gold) => gold.flatMap((a) => a.cue ?? []));
  c.tokens.forEach((t, i) => {
    if (!isCueCandidateToken(c, i)) return;
    cueFeatures(c, i, fv);
    const labels = cueSpans.map((spans) => (spans.some((f) => t.start >= f.start && t.end <= f.end) ? 1 : 0));
    examples.push({ keys: keysOf(fv), labels });
  });
}
trainAndWrite(examples, epochs, CUE_MODEL_FILE, CUE_FEATURES_VERSION);
