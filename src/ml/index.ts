// Reusable learning core for sequence models: hashed features, an averaged perceptron, frozen
// linear models with a compact binary form, greedy decoding, IOB helpers. See docs/syntax.md.
export { FeatureVector } from './features.js';
export {
  type CachedFeatures,
  GreedyDecoder,
  type GreedyTaggerSpec,
  type PresetLabels,
  type SequenceFeatures,
  type Transitions,
  trainGreedyTagger,
} from './greedy-tagger.js';
export { finish, hashString, mix } from './hash.js';
export { type Chunk, type ChunkScores, chunksOf, iob2Transitions, scoreChunks, toIob2 } from './iob.js';
export { LinearModel, type LinearModelData } from './linear-model.js';
export { AveragedPerceptron } from './perceptron.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { decodeLinearModel, encodeLinearModel, type SerializedHeader } from './serialize.js';
