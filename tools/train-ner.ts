// Trains the NER model (models/ner.bin) on CoNLL-2003 train, reporting entity F1 on dev after every
// epoch. With the `nonlocal` family it trains two passes: pass one on all families but `nonlocal`;
// pass two also sees what pass one said about the same words elsewhere in the document. Pass two's
// training input comes from pass-one models that did not see the document (k-fold jackknife), so
// it learns how far to trust pass one on unseen text.
// Usage: nice -n 10 npx tsx tools/train-ner.ts [--families base,gazetteer,clusters,document,nonlocal]
//          [--epochs 10] [--min-count 2] [--folds 2] [--seed 1] [--out models/ner.bin] [--data DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConllDocument, parseConll } from '../src/eval/conll.js';
import { scoreNer } from '../src/eval/ner-score.js';
import { resourcePath } from '../src/resources.js';
import {
  type DocumentContext,
  documentContext,
  FEATURE_FAMILIES,
  type FeatureFamily,
  prepareSentence,
} from '../src/stages/entities/features.js';
import { fromIob2, LABEL_COUNT, toIob2 } from '../src/stages/entities/labels.js';
import { encodeModel, type NerModel, type PassModel } from '../src/stages/entities/model.js';
import {
  resourcesFor,
  type Scorer,
  secondPassContext,
  tagWithScorers,
} from '../src/stages/entities/tagger.js';
import { type TrainingSentence, trainPerceptron } from './ner/perceptron.js';

export const MODEL_VERSION = 'ner-2';

const { values } = parseArgs({
  options: {
    families: { type: 'string', default: FEATURE_FAMILIES.join(',') },
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    folds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: resourcePath('models', 'ner.bin') },
    data: { type: 'string', default: resourcePath('..', 'shared', 'data', 'conll2003') },
  },
});
const families = values.families.split(',').filter(Boolean) as FeatureFamily[];
for (const f of families) if (!FEATURE_FAMILIES.includes(f)) throw new Error(`unknown feature family ${f}`);
const epochs = Number(values.epochs);
const minCount = Number(values['min-count']);
const folds = Number(values.folds);
const seed = Number(values.seed);

const load = (name: string) => parseConll(readFileSync(join(values.data, name), 'utf8')).documents;
const train = load('train.txt');
const dev = load('dev.txt');
const firstFamilies = families.filter((f) => f !== 'nonlocal');
const twoPass = families.includes('nonlocal');

function devF1(passes: readonly Scorer[]): number {
  const gold = dev.flatMap((d) => d.sentences.map((s) => s.lastColumn));
  const predicted = dev.flatMap((d) =>
    tagWithScorers(
      d.sentences.map((s) => s.words),
      passes,
    ).map(toIob2),
  );
  return scoreNer(gold, predicted).overall.f1;
}

/** Training sentences of `docs` for a pass; `previous` = pass-one labels per document (pass two). */
function trainingData(
  docs: readonly ConllDocument[],
  passFamilies: readonly FeatureFamily[],
  previous?: readonly number[][][],
): TrainingSentence[] {
  const resources = resourcesFor(passFamilies);
  return docs.flatMap((d, k) => {
    const prepared = d.sentences.map((s) => prepareSentence(s.words, resources));
    const context = documentContext(prepared);
    const doc: DocumentContext = previous ? secondPassContext(context, prepared, previous[k]) : context;
    return prepared.map((sentence, j) => ({ sentence, doc, gold: fromIob2(d.sentences[j].lastColumn) }));
  });
}

function trainPass(
  docs: readonly ConllDocument[],
  passFamilies: readonly FeatureFamily[],
  label: string,
  previous?: readonly number[][][],
  before: readonly Scorer[] = [],
): Scorer {
  const started = Date.now();
  return trainPerceptron(trainingData(docs, passFamilies, previous), {
    families: passFamilies,
    resources: resourcesFor(passFamilies),
    epochs,
    minCount,
    seed,
    onEpoch: (epoch, scorer) => {
      const f1 =
        label === 'final' || label === 'pass 2' ? ` dev F1 ${devF1([...before, scorer]).toFixed(4)}` : '';
      console.log(`${label} epoch ${epoch}: ${((Date.now() - started) / 1000).toFixed(0)}s${f1}`);
    },
  });
}

/** Pass-one labels for every training document, each from a model trained without its fold. */
function jackknifeLabels(): number[][][] {
  const labels: number[][][] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const rest = train.filter((_, k) => k % folds !== fold);
    const scorer = trainPass(rest, firstFamilies, `fold ${fold + 1}/${folds}`);
    train.forEach((d, k) => {
      if (k % folds === fold)
        labels[k] = tagWithScorers(
          d.sentences.map((s) => s.words),
          [scorer],
        );
    });
  }
  return labels;
}

/** Drops features whose weights are all zero and converts to the file's Float32 weights. */
function compact(scorer: Scorer): PassModel {
  const features = new Map<string, number>();
  const kept: number[] = [];
  for (const [name, id] of scorer.features) {
    let nonZero = false;
    for (let l = 0; l < LABEL_COUNT; l++)
      if (Math.abs(scorer.weights[id * LABEL_COUNT + l]) > 1e-6) nonZero = true;
    if (nonZero) features.set(name, kept.push(id) - 1);
  }
  const weights = new Float32Array(kept.length * LABEL_COUNT);
  kept.forEach((id, k) => {
    for (let l = 0; l < LABEL_COUNT; l++) weights[k * LABEL_COUNT + l] = scorer.weights[id * LABEL_COUNT + l];
  });
  return { families: scorer.families, features, weights, transitions: Float32Array.from(scorer.transitions) };
}

const pass1 = trainPass(train, firstFamilies, twoPass ? 'pass 1' : 'final');
const passes: Scorer[] = [pass1];
if (twoPass) {
  const pass1Dev = devF1([pass1]);
  console.log(`pass 1 dev F1 ${pass1Dev.toFixed(4)}`);
  passes.push(trainPass(train, families, 'pass 2', jackknifeLabels(), [pass1]));
}
const model: NerModel = {
  version: MODEL_VERSION,
  passes: passes.map(compact),
  info: { families, epochs, minCount, folds, seed, trainedOn: 'conll2003/train.txt' },
};
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);
console.log(
  `dev F1 ${devF1(passes).toFixed(4)}; ${model.passes.map((p) => p.features.size).join(' + ')} features; ${(bytes.length / 1e6).toFixed(1)} MB → ${values.out}`,
);
