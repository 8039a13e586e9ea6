// The statistical event classifier: PLOVER type and mode of a sentence from its words (two linear
// models of the shared learning core, models/events-plover-{type,mode}.bin, trained by
// tools/train-events.ts), loaded once per process.
import { readFileSync } from 'node:fs';
import { decodeLinearModel, type FeatureVector, type LinearModel } from '../../ml/index.js';
import { resourcePath } from '../../resources.js';
import { eventFeatures } from './features.js';

export interface EventClassifierModel {
  type: LinearModel;
  /** labels "TYPE|mode" ("TYPE|" for no mode) */
  mode: LinearModel;
}

export interface TypePrediction {
  type: string;
  probability: number;
  mode: string | null;
}

/** Reads the two models saved under `prefix` (…-type.bin, …-mode.bin). */
export function readEventClassifier(prefix: string): EventClassifierModel {
  const read = (part: string) => decodeLinearModel(readFileSync(`${prefix}-${part}.bin`)).model;
  return { type: read('type'), mode: read('mode') };
}

let loaded: EventClassifierModel | null = null;
export function eventClassifier(): EventClassifierModel {
  loaded ??= readEventClassifier(resourcePath('models', 'events-plover'));
  return loaded;
}

function softmax(scores: Float64Array, n: number): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) max = Math.max(max, scores[k]);
  const exp = Array.from({ length: n }, (_, k) => Math.exp(scores[k] - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

/** The best mode of `type` for the features, or null when "no mode" wins. */
function bestMode(model: LinearModel, features: FeatureVector, type: string): string | null {
  const scores = new Float64Array(model.labels.length);
  model.score(features, scores);
  let best = -1;
  model.labels.forEach((label, k) => {
    if (label.startsWith(`${type}|`) && (best === -1 || scores[k] > scores[best])) best = k;
  });
  const mode = best === -1 ? '' : model.labels[best].slice(type.length + 1);
  return mode === '' ? null : mode;
}

/** PLOVER types of a lower-cased word sequence, most probable first. */
export function classifyEvent(
  words: readonly string[],
  model: EventClassifierModel = eventClassifier(),
): TypePrediction[] {
  const features = eventFeatures(words);
  const scores = new Float64Array(model.type.labels.length);
  model.type.score(features, scores);
  const p = softmax(scores, model.type.labels.length);
  return model.type.labels
    .map((type, k) => ({ type, probability: p[k], mode: null as string | null }))
    .sort((a, b) => b.probability - a.probability)
    .map((t, i) => (i === 0 ? { ...t, mode: bestMode(model.mode, features, t.type) } : t));
}
