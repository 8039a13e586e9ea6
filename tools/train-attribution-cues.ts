// Trains the attribution cue classifier on PolNeAR train (never dev or test): every word the
// classifier decides on (isCueCandidateToken) is an example, labelled YES when it lies inside a gold
// Cue span; a text with several annotation files gives one example set per file.
//   npx tsx tools/train-attribution-cues.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-cue.bin.
import { writeFileSync } from 'node:fs';
import { readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { plainArticle } from '../src/ingest/plain.js';
import {
  AveragedPerceptron,
  encodeLinearModel,
  FeatureVector,
  seededRandom,
  shuffleInPlace,
} from '../src/ml/index.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { resourcePath } from '../src/resources.js';
import { docContext } from '../src/stages/attribution/context.js';
import {
  CUE_FEATURES_VERSION,
  cueFeatures,
  isCueCandidateToken,
} from '../src/stages/attribution/cue-features.js';
import { CUE_MODEL_FILE, MODEL_LABELS } from '../src/stages/attribution/models.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);
const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'syntax'));

/** One example: its features and its label per annotation file. */
interface Example {
  keys: Uint32Array;
  labels: number[];
}

const examples: Example[] = [];
const fv = new FeatureVector();
for (const doc of readAttributionCorpus(dir)) {
  const c = docContext(pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name })));
  const cueSpans = doc.annotations.map((gold) => gold.flatMap((a) => a.cue ?? []));
  c.tokens.forEach((t, i) => {
    if (!isCueCandidateToken(c, i)) return;
    cueFeatures(c, i, fv);
    const labels = cueSpans.map((spans) => (spans.some((f) => t.start >= f.start && t.end <= f.end) ? 1 : 0));
    examples.push({ keys: fv.keys.slice(0, fv.count), labels });
  });
}

const perceptron = new AveragedPerceptron(MODEL_LABELS);
const scores = new Float64Array(2);
const random = seededRandom(1);
for (let epoch = 0; epoch < epochs; epoch++) {
  shuffleInPlace(examples, random);
  let errors = 0;
  let seen = 0;
  for (const x of examples) {
    fv.clear();
    for (const k of x.keys) fv.keys[fv.count++] = k;
    for (const truth of x.labels) {
      perceptron.tick();
      perceptron.score(fv, scores);
      const guess = scores[1] > scores[0] ? 1 : 0;
      if (guess !== truth) errors++;
      seen++;
      perceptron.update(truth, guess, fv);
    }
  }
  console.error(`epoch ${epoch + 1}: ${examples.length} words, error rate ${(errors / seen).toFixed(4)}`);
}
const out = resourcePath('models', CUE_MODEL_FILE);
writeFileSync(out, encodeLinearModel(perceptron.freeze(), { features: CUE_FEATURES_VERSION, epochs }));
console.error(`wrote ${out}`);
