// Trains the syntax models — a greedy averaged-perceptron POS tagger and a greedy chunker — on
// CoNLL-2003 train and reports their scores on dev. The chunker learns from jackknifed POS tags
// (each fold tagged by a tagger trained on the other folds), so it trains on tags as noisy as the
// ones it gets at run time.
//
//   nice -n 10 npx tsx tools/train-syntax.ts [--data DIR] [--out DIR] [--pos-epochs N]
//     [--chunk-epochs N] [--folds K] [--seed S] [--trace]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainGreedyTagger } from '../src/ml/greedy-tagger.js';
import { iob2Transitions } from '../src/ml/iob.js';
import type { LinearModel } from '../src/ml/linear-model.js';
import { encodeLinearModel } from '../src/ml/serialize.js';
import { resourcePath } from '../src/resources.js';
import {
  CHUNK_FEATURES_VERSION,
  type ChunkInput,
  chunkFeatures,
} from '../src/stages/syntax/chunk-features.js';
import { type ConllSentence, readConll } from '../src/stages/syntax/conll.js';
import { scoreSyntax } from '../src/stages/syntax/evaluate.js';
import { CHUNK_MODEL_FILE, POS_MODEL_FILE } from '../src/stages/syntax/models.js';
import { POS_FEATURES_VERSION, posFeatures } from '../src/stages/syntax/pos-features.js';
import { buildTagDictionary, compileTagDictionary } from '../src/stages/syntax/tag-dictionary.js';
import { SyntaxTagger } from '../src/stages/syntax/tagger.js';
import { type PreparedWords, prepareWords } from '../src/stages/syntax/words.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/conll2003' },
    out: { type: 'string', default: resourcePath('models') },
    'pos-epochs': { type: 'string', default: '8' },
    'chunk-epochs': { type: 'string', default: '8' },
    folds: { type: 'string', default: '4' },
    // POS tags the chunker learns from: jackknifed (as noisy as at run time), the gold column, or both.
    'chunk-pos': { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
    'min-weight': { type: 'string', default: '0' },
    trace: { type: 'boolean', default: false },
  },
});
const posEpochs = Number(values['pos-epochs']);
const chunkEpochs = Number(values['chunk-epochs']);
const folds = Number(values.folds);
const seed = Number(values.seed);
const minWeight = Number(values['min-weight']);

const log = (message: string) =>
  process.stderr.write(`[${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);

const train = readConll(`${values.data}/train.txt`);
const dev = readConll(`${values.data}/dev.txt`);
log(`train ${train.length} sentences, dev ${dev.length}`);

const labelSet = (pick: (s: ConllSentence) => string[]) =>
  [...new Set(train.flatMap(pick))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const posLabels = labelSet((s) => s.pos);
const chunkLabels = labelSet((s) => s.chunks);
const posIndex = new Map(posLabels.map((t, i) => [t, i]));
const chunkIndex = new Map(chunkLabels.map((t, i) => [t, i]));

interface Example {
  words: PreparedWords;
  pos: Int32Array;
  chunks: Int32Array;
}
const examples: Example[] = train.map((s) => ({
  words: prepareWords(s.words),
  pos: Int32Array.from(s.pos, (t) => posIndex.get(t) as number),
  chunks: Int32Array.from(s.chunks, (t) => chunkIndex.get(t) as number),
}));

const tagDictionary = buildTagDictionary(train);
const presets = compileTagDictionary(tagDictionary, posLabels);
log(`tag dictionary: ${Object.keys(tagDictionary).length} unambiguous words`);

function trainPos(data: readonly Example[], trace: boolean): LinearModel {
  const learner = trainGreedyTagger({
    preset: (e, i) => presets.get(e.words.word[i]) ?? -1,
    labels: posLabels,
    sentences: data,
    gold: (e) => e.pos,
    extract: (e, i, history, f) => posFeatures(e.words, i, history, f),
    epochs: posEpochs,
    seed,
    onEpoch: (epoch, mistakes) => {
      if (trace) log(`pos epoch ${epoch}: ${mistakes} training mistakes`);
    },
  });
  return learner.freeze(minWeight);
}

function trainChunk(data: readonly ChunkInput[], gold: readonly Int32Array[]): LinearModel {
  const golds = new Map(data.map((d, k) => [d, gold[k]]));
  const learner = trainGreedyTagger({
    labels: chunkLabels,
    sentences: data,
    gold: (d) => golds.get(d) as Int32Array,
    extract: chunkFeatures,
    epochs: chunkEpochs,
    seed,
    allowed: iob2Transitions(chunkLabels),
    onEpoch: (epoch, mistakes) => {
      if (values.trace) log(`chunk epoch ${epoch}: ${mistakes} training mistakes`);
    },
  });
  return learner.freeze(minWeight);
}

const posModel = trainPos(examples, values.trace);
log(`POS model: ${posModel.featureCount} features`);

// Jackknife: contiguous blocks of sentences (whole documents stay together) tagged by a tagger
// that never saw them.
const predictedPos: Int32Array[] = new Array(examples.length);
for (let k = 0; k < folds; k++) {
  const from = Math.floor((k * examples.length) / folds);
  const to = Math.floor(((k + 1) * examples.length) / folds);
  const model = trainPos([...examples.slice(0, from), ...examples.slice(to)], false);
  const tagger = new SyntaxTagger(model, posModel, presets);
  let right = 0;
  let total = 0;
  for (let s = from; s < to; s++) {
    predictedPos[s] = tagger.posIndices(examples[s].words);
    for (let i = 0; i < predictedPos[s].length; i++, total++)
      if (predictedPos[s][i] === examples[s].pos[i]) right++;
  }
  log(`jackknife fold ${k + 1}/${folds}: POS accuracy ${(right / total).toFixed(4)}`);
}

const chunkPos = values['chunk-pos'];
const chunkData: ChunkInput[] = [];
const chunkGold: Int32Array[] = [];
examples.forEach((e, s) => {
  if (chunkPos !== 'gold') chunkData.push({ words: e.words, pos: predictedPos[s] });
  if (chunkPos !== 'jackknife') chunkData.push({ words: e.words, pos: e.pos });
  while (chunkGold.length < chunkData.length) chunkGold.push(e.chunks);
});
const chunkModel = trainChunk(chunkData, chunkGold);
log(`chunk model: ${chunkModel.featureCount} features`);

const scores = scoreSyntax(new SyntaxTagger(posModel, chunkModel, presets), dev);
log(`dev: POS accuracy ${scores.posAccuracy.toFixed(4)}, chunk F1 ${scores.chunks.f1.toFixed(4)}`);

const training = { data: 'conll2003/train.txt', seed, minWeight };
const devScores = { posAccuracy: round(scores.posAccuracy), chunkF1: round(scores.chunks.f1) };
const posBytes = encodeLinearModel(posModel, {
  kind: 'pos',
  features: POS_FEATURES_VERSION,
  training: { ...training, epochs: posEpochs },
  tagDictionary,
  dev: devScores,
});
const chunkBytes = encodeLinearModel(chunkModel, {
  kind: 'chunk',
  features: CHUNK_FEATURES_VERSION,
  posLabels,
  training: { ...training, epochs: chunkEpochs, jackknifeFolds: folds, chunkPos },
  dev: devScores,
});
writeFileSync(`${values.out}/${POS_MODEL_FILE}`, posBytes);
writeFileSync(`${values.out}/${CHUNK_MODEL_FILE}`, chunkBytes);
log(`wrote ${POS_MODEL_FILE} (${posBytes.length} bytes), ${CHUNK_MODEL_FILE} (${chunkBytes.length} bytes)`);

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
