// The learned cue classifier (models/attribution-cue.bin, made by tools/train-attribution-cues.ts
// from PolNeAR train), read once per process on first use.
import { readFileSync } from 'node:fs';
import { decodeLinearModel, FeatureVector, type LinearModel } from '../../ml/index.js';
import { resourcePath } from '../../resources.js';
import type { DocContext } from './context.js';
import { CUE_FEATURES_VERSION, cueFeatures } from './cue-features.js';

export const CUE_MODEL_FILE = 'attribution-cue.bin';

let model: LinearModel | undefined;
const features = new FeatureVector();
const scores = new Float64Array(2);

function cueModel(): LinearModel {
  if (model) return model;
  const { model: m, header } = decodeLinearModel(readFileSync(resourcePath('models', CUE_MODEL_FILE)));
  if (header.meta.features !== CUE_FEATURES_VERSION) {
    throw new Error(
      'the attribution cue model was trained with other features: run tools/train-attribution-cues.ts',
    );
  }
  model = m;
  return m;
}

/** Score of "cue" minus score of "not a cue" for token i (labels are ['O', 'CUE']). */
export function cueMargin(c: DocContext, i: number): number {
  const m = cueModel();
  cueFeatures(c, i, features);
  m.score(features, scores);
  return scores[1] - scores[0];
}
