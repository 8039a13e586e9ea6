// Trains the content-end classifier on PolNeAR train (never dev or test). For every gold content
// that follows its cue, starts outside a quotation and is one piece, each token from the second of
// the content to its end is an example: YES when the content ends just before it, O when it goes on.
//   npx tsx tools/train-attribution-ends.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-end.bin.
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
import { docContext, isOpenQuote } from '../src/stages/attribution/context.js';
import { END_FEATURES_VERSION, endFeatures, isEndCandidate } from '../src/stages/attribution/end-features.js';
import { END_MODEL_FILE, MODEL_LABELS } from '../src/stages/attribution/models.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);
const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'syntax'));

interface Example {
  keys: Uint32Array;
  label: number;
}

const examples: Example[] = [];
const fv = new FeatureVector();
for (const doc of readAttributionCorpus(dir)) {
  const c = docContext(pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name })));
  const tokenAt = (offset: number): number => c.tokens.findIndex((t) => t.end > offset);
  const sentenceOf = new Int32Array(c.tokens.length);
  c.sentences.forEach((s, si) => {
    sentenceOf.fill(si, s.first, s.last);
  });
  for (const gold of doc.annotations) {
    for (const a of gold) {
      if (!a.cue || a.content.length !== 1 || a.cue[a.cue.length - 1].end > a.content[0].start) continue;
      const start = tokenAt(a.content[0].start);
      const cue = tokenAt(a.cue[a.cue.length - 1].end - 1);
      if (start < 0 || cue < 0 || isOpenQuote(c, start) || c.quoteOf[start] >= 0) continue;
      const s = c.sentences[sentenceOf[start]];
      let end = start;
      while (end < c.tokens.length && c.tokens[end].start < a.content[0].end) end++;
      for (let k = start + 1; k < Math.min(end + 1, s.last); k++) {
        if (!isEndCandidate(c, k)) continue;
        endFeatures(c, cue, start, k, fv);
        examples.push({ keys: fv.keys.slice(0, fv.count), label: k === end ? 1 : 0 });
      }
    }
  }
}

const perceptron = new AveragedPerceptron(MODEL_LABELS);
const scores = new Float64Array(2);
const random = seededRandom(1);
for (let epoch = 0; epoch < epochs; epoch++) {
  shuffleInPlace(examples, random);
  let errors = 0;
  for (const x of examples) {
    fv.clear();
    for (const k of x.keys) fv.keys[fv.count++] = k;
    perceptron.tick();
    perceptron.score(fv, scores);
    const guess = scores[1] > scores[0] ? 1 : 0;
    if (guess !== x.label) errors++;
    perceptron.update(x.label, guess, fv);
  }
  console.error(
    `epoch ${epoch + 1}: ${examples.length} positions, error rate ${(errors / examples.length).toFixed(4)}`,
  );
}
const out = resourcePath('models', END_MODEL_FILE);
writeFileSync(out, encodeLinearModel(perceptron.freeze(), { features: END_FEATURES_VERSION, epochs }));
console.error(`wrote ${out}`);
