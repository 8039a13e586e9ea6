// Trains the syntax models — a greedy averaged-perceptron POS tagger and a greedy chunker — on
// CoNLL-2003 train and reports their scores on dev. The chunker learns from the gold POS column and
// from jackknifed POS tags (each fold tagged by a tagger trained on the other folds, with its own
// tag dictionary), so it also sees tags as noisy as the ones it gets at run time.
//
//   nice -n 10 npx tsx tools/train-syntax.ts [--data DIR] [--out DIR] [--pos-epochs N]
//     [--chunk-epochs N] [--folds K] [--chunk-pos both|jackknife|gold] [--seed S]
//     [--pos-min-weight W] [--chunk-min-weight W] [--trace]
// --chunk-min-weight (default 1) drops chunk weights of magnitude ≤ W: half the features, the same F1
// to within 0.001 on dev, a smaller and faster model.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainGreedyTagger } from '../src/ml/greedy-tagger.js';
import type { LinearModel } from '../src/ml/linear-model.js';
import { encodeLinearModel } from '../src/ml/serialize.js';
import { resourcePath } from '../src/resources.js';
import { CHUNK_FEATURES_VERSION, type ChunkInput, chunkerSpec } from '../src/stages/syntax/chunk-features.js';
import { type ConllSentence, readConll } from '../src/stages/syntax/conll.js';
import { scoreSyntax } from '../src/stages/syntax/evaluate.js';
import { CHUNK_MODEL_FILE, POS_MODEL_FILE } from '../src/stages/syntax/models.js';
import { POS_FEATURES_VERSION, posTaggerSpec } from '../src/stages/syntax/pos-features.js';
import { buildTagDictionary, compileTagDictionary } from '../src/stages/syntax/tag-dictionary.js';
import { type PosLexicon, SyntaxTagger } from '../src/stages/syntax/tagger.js';
import { prepareWords } from '../src/stages/syntax/words.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/conll2003' },
    out: { type: 'string', default: resourcePath('models') },
    'pos-epochs': { type: 'string', default: '8' },
    'chunk-epochs': { type: 'string', default: '6' },
    folds: { type: 'string', default: '4' },
    'chunk-pos': { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
    'pos-min-weight': { type: 'string', default: '0' },
    'chunk-min-weight': { type: 'string', default: '1' },
    trace: { type: 'boolean', default: false },
  },
});
const posEpochs = Number(values['pos-epochs']);
const chunkEpochs = Number(values['chunk-epochs']);
const folds = Number(values.folds);
const chunkPos = values['chunk-pos'];
const seed = Number(values.seed);
const posMinWeight = Number(values['pos-min-weight']);
const chunkMinWeight = Number(values['chunk-min-weight']);
if (!['both', 'jackknife', 'gold'].includes(chunkPos)) throw new Error(`--chunk-pos ${chunkPos}?`);

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
const goldPos = train.map((s) => Int32Array.from(s.pos, (t) => posIndex.get(t) as number));
const goldChunks = train.map((s) => Int32Array.from(s.chunks, (t) => chunkIndex.get(t) as number));

interface PosTagger {
  model: LinearModel;
  lexicon: PosLexicon;
  /** The lexicon as saved in the model file. */
  saved: { tagDictionary: Record<string, string> };
}

/** Trains a POS tagger on the train sentences numbered `ids`, with a lexicon from those alone. */
function trainPos(ids: readonly number[], trace: boolean): PosTagger {
  const sentences = ids.map((id) => train[id]);
  const saved = { tagDictionary: buildTagDictionary(sentences) };
  const lexicon = { tags: compileTagDictionary(saved.tagDictionary, posLabels) };
  const gold = new Map(ids.map((id) => [prepareWords(train[id].words), goldPos[id]]));
  const learner = trainGreedyTagger({
    ...posTaggerSpec(lexicon.tags),
    labels: posLabels,
    sentences: [...gold.keys()],
    gold: (words) => gold.get(words) as Int32Array,
    epochs: posEpochs,
    seed,
    onEpoch: (epoch, mistakes) => {
      if (trace) log(`pos epoch ${epoch}: ${mistakes} training mistakes`);
    },
  });
  return { model: learner.freeze(posMinWeight), lexicon, saved };
}

const all = train.map((_, id) => id);
const pos = trainPos(all, values.trace);
log(
  `POS model: ${pos.model.featureCount} features, ${Object.keys(pos.saved.tagDictionary).length} dictionary words`,
);

// Jackknife: contiguous blocks of sentences (whole documents stay together) tagged by a tagger
// that never saw them.
const jackknifed: Int32Array[] = new Array(train.length);
if (chunkPos !== 'gold') {
  for (let k = 0; k < folds; k++) {
    const from = Math.floor((k * train.length) / folds);
    const to = Math.floor(((k + 1) * train.length) / folds);
    const fold = trainPos(
      all.filter((id) => id < from || id >= to),
      false,
    );
    const tagger = new SyntaxTagger(fold.model, fold.model, fold.lexicon);
    let right = 0;
    let total = 0;
    for (let id = from; id < to; id++) {
      jackknifed[id] = tagger.posIndices(prepareWords(train[id].words));
      for (let i = 0; i < jackknifed[id].length; i++, total++)
        if (jackknifed[id][i] === goldPos[id][i]) right++;
    }
    log(`jackknife fold ${k + 1}/${folds}: POS accuracy ${(right / total).toFixed(4)}`);
  }
}

const chunkData: ChunkInput[] = [];
const chunkGold: Int32Array[] = [];
for (const id of all) {
  const words = prepareWords(train[id].words);
  if (chunkPos !== 'gold') chunkData.push({ words, pos: jackknifed[id] });
  if (chunkPos !== 'jackknife') chunkData.push({ words, pos: goldPos[id] });
  while (chunkGold.length < chunkData.length) chunkGold.push(goldChunks[id]);
}
const chunkGoldOf = new Map(chunkData.map((d, k) => [d, chunkGold[k]]));
const chunkLearner = trainGreedyTagger({
  ...chunkerSpec(chunkLabels),
  labels: chunkLabels,
  sentences: chunkData,
  gold: (d) => chunkGoldOf.get(d) as Int32Array,
  epochs: chunkEpochs,
  seed,
  onEpoch: (epoch, mistakes) => {
    if (values.trace) log(`chunk epoch ${epoch}: ${mistakes} training mistakes`);
  },
});
const chunkModel = chunkLearner.freeze(chunkMinWeight);
log(`chunk model: ${chunkModel.featureCount} features`);

const scores = scoreSyntax(new SyntaxTagger(pos.model, chunkModel, pos.lexicon), dev);
log(`dev: POS accuracy ${scores.posAccuracy.toFixed(4)}, chunk F1 ${scores.chunks.f1.toFixed(4)}`);

const round = (x: number) => Math.round(x * 10000) / 10000;
const training = { data: 'conll2003/train.txt', seed };
const devScores = { posAccuracy: round(scores.posAccuracy), chunkF1: round(scores.chunks.f1) };
const posBytes = encodeLinearModel(pos.model, {
  kind: 'pos',
  features: POS_FEATURES_VERSION,
  training: { ...training, epochs: posEpochs, minWeight: posMinWeight },
  dev: devScores,
  ...pos.saved,
});
const chunkBytes = encodeLinearModel(chunkModel, {
  kind: 'chunk',
  features: CHUNK_FEATURES_VERSION,
  posLabels,
  training: { ...training, epochs: chunkEpochs, minWeight: chunkMinWeight, jackknifeFolds: folds, chunkPos },
  dev: devScores,
});
writeFileSync(`${values.out}/${POS_MODEL_FILE}`, posBytes);
writeFileSync(`${values.out}/${CHUNK_MODEL_FILE}`, chunkBytes);
log(`wrote ${POS_MODEL_FILE} (${posBytes.length} bytes), ${CHUNK_MODEL_FILE} (${chunkBytes.length} bytes)`);
