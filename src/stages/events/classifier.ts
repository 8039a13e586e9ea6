// The statistical event classifier: PLOVER type and mode of a sentence from its words
// (models/events-plover.json, trained by tools/train-events.ts), loaded once per process.
import { readFileSync } from 'node:fs';
import { type PerceptronModel, probabilities } from '../../learn/perceptron.js';
import { resourcePath } from '../../resources.js';
import { eventFeatures } from './features.js';

export interface EventClassifierModel {
  version: string;
  type: PerceptronModel;
  /** labels "TYPE|mode" ("TYPE|" for no mode) */
  mode: PerceptronModel;
}

export interface TypePrediction {
  type: string;
  probability: number;
  mode: string | null;
}

let loaded: EventClassifierModel | null = null;
export function eventClassifier(): EventClassifierModel {
  loaded ??= JSON.parse(
    readFileSync(resourcePath('models', 'events-plover.json'), 'utf8'),
  ) as EventClassifierModel;
  return loaded;
}

/** The best mode of `type` for the features, or null when "no mode" wins. */
function bestMode(model: PerceptronModel, features: readonly string[], type: string): string | null {
  const p = probabilities(model, features);
  let best = -1;
  for (let k = 0; k < p.length; k++) {
    if (model.labels[k].startsWith(`${type}|`) && (best === -1 || p[k] > p[best])) best = k;
  }
  const mode = best === -1 ? '' : model.labels[best].slice(type.length + 1);
  return mode === '' ? null : mode;
}

/** PLOVER types of a lower-cased word sequence, most probable first. */
export function classifyEvent(
  words: readonly string[],
  model: EventClassifierModel = eventClassifier(),
): TypePrediction[] {
  const features = eventFeatures(words);
  const p = probabilities(model.type, features);
  return model.type.labels
    .map((type, k) => ({ type, probability: p[k], mode: null as string | null }))
    .sort((a, b) => b.probability - a.probability)
    .map((t, i) => (i === 0 ? { ...t, mode: bestMode(model.mode, features, t.type) } : t));
}
