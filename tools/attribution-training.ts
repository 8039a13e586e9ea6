// What the two attribution model trainers share (tools/train-attribution-cues.ts,
// tools/train-attribution-ends.ts): PolNeAR texts run through the pipeline up to the syntax stage, and
// an averaged perceptron with the labels O/YES trained on hashed examples and written to models/.
import { writeFileSync } from 'node:fs';
import { type CorpusDocument, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
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
import { type DocContext, docContext } from '../src/stages/attribution/context.js';
import { MODEL_LABELS } from '../src/stages/attribution/models.js';

/** One example: its feature keys and its label (1 = YES) per annotation file it is drawn from. */
export interface Example {
  keys: Uint32Array;
  labels: number[];
}

/** The texts of a PolNeAR-style directory with the token view the stage builds (POS and chunk tags included). */
export function* taggedCorpus(dir: string): Generator<{ doc: CorpusDocument; c: DocContext }> {
  const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'syntax'));
  for (const doc of readAttributionCorpus(dir)) {
    yield { doc, c: docContext(pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name }))) };
  }
}

/** The keys of a filled feature vector, copied. */
export const keysOf = (fv: FeatureVector): Uint32Array => fv.keys.slice(0, fv.count);

/** Trains for `epochs` passes (seeded, so retraining gives the same file) and writes models/`file`. */
export function trainAndWrite(
  examples: Example[],
  epochs: number,
  file: string,
  featuresVersion: number,
): void {
  const perceptron = new AveragedPerceptron(MODEL_LABELS);
  const fv = new FeatureVector();
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
    console.error(
      `epoch ${epoch + 1}: ${examples.length} examples, error rate ${(errors / seen).toFixed(4)}`,
    );
  }
  const out = resourcePath('models', file);
  writeFileSync(out, encodeLinearModel(perceptron.freeze(), { features: featuresVersion, epochs }));
  console.error(`wrote ${out}`);
}
