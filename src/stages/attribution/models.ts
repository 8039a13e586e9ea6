// The attribution stage's learned models, read once per process on first use:
// models/attribution-cue.bin (is this word a cue? tools/train-attribution-cues.ts) and
// models/attribution-end.bin (does the content end before this token? tools/train-attribution-ends.ts)
// and models/attribution-start.bin (does it start at this token? tools/train-attribution-starts.ts)
// and models/attribution-tail.bin (does what follows the cue say nothing? tools/train-attribution-tails.ts)
// and models/attribution-continue.bin (does a content go on over the next sentence? tools/train-attribution-continues.ts)
// and models/attribution-span.bin (how good is this content span? tools/train-attribution-spans.ts),
// all trained on PolNeAR train. Labels are ['O', 'YES']; a margin is the score of YES minus O.
import { readFileSync } from 'node:fs';
import { decodeLinearModel, FeatureVector, type LinearModel } from '../../ml/index.js';
import { resourcePath } from '../../resources.js';
import type { DocContext } from './context.js';
import { CONTINUE_FEATURES_VERSION, type Continuation, continueFeatures } from './continue-features.js';
import { CUE_FEATURES_VERSION, cueFeatures } from './cue-features.js';
import { END_FEATURES_VERSION, endFeatures } from './end-features.js';
import { SPAN_FEATURES_VERSION } from './span-features.js';
import { START_FEATURES_VERSION, startFeatures } from './start-features.js';
import { TAIL_FEATURES_VERSION, type TailJudgement, tailFeatures } from './tail-features.js';

export const CUE_MODEL_FILE = 'attribution-cue.bin';
export const END_MODEL_FILE = 'attribution-end.bin';
export const START_MODEL_FILE = 'attribution-start.bin';
export const TAIL_MODEL_FILE = 'attribution-tail.bin';
export const CONTINUE_MODEL_FILE = 'attribution-continue.bin';
export const SPAN_MODEL_FILE = 'attribution-span.bin';
export const MODEL_LABELS = ['O', 'YES'];

function load(file: string, version: number): LinearModel {
  const { model, header } = decodeLinearModel(readFileSync(resourcePath('models', file)));
  if (header.meta.features !== version) {
    throw new Error(`models/${file} was trained with other features: run its tools/train-attribution-*.ts`);
  }
  return model;
}

let cueModel: LinearModel | undefined;
let endModel: LinearModel | undefined;
let startModel: LinearModel | undefined;
let tailModel: LinearModel | undefined;
let continueModel: LinearModel | undefined;
let spanModel: LinearModel | undefined;
const features = new FeatureVector();
const scores = new Float64Array(2);

function margin(model: LinearModel): number {
  model.score(features, scores);
  return scores[1] - scores[0];
}

/** How sure the classifier is that token i is (part of) a cue. */
export function cueMargin(c: DocContext, i: number): number {
  cueModel ??= load(CUE_MODEL_FILE, CUE_FEATURES_VERSION);
  cueFeatures(c, i, features);
  return margin(cueModel);
}

/** How sure the classifier is that a content starting at token `start` after cue token `cue` ends before token k. */
export function endMargin(c: DocContext, cue: number, start: number, k: number): number {
  endModel ??= load(END_MODEL_FILE, END_FEATURES_VERSION);
  endFeatures(c, cue, start, k, features);
  return margin(endModel);
}

/** How sure the classifier is that the content of the cue ending at token `cue` starts at token k. */
export function startMargin(c: DocContext, cue: number, k: number): number {
  startModel ??= load(START_MODEL_FILE, START_FEATURES_VERSION);
  startFeatures(c, cue, k, features);
  return margin(startModel);
}

/** How sure the classifier is that what follows the cue says nothing, so the content precedes the speaker. */
export function tailMargin(c: DocContext, j: TailJudgement): number {
  tailModel ??= load(TAIL_MODEL_FILE, TAIL_FEATURES_VERSION);
  tailFeatures(c, j, features);
  return margin(tailModel);
}

/** How sure the classifier is that a content ending with its sentence goes on over the next one. */
export function continueMargin(c: DocContext, j: Continuation): number {
  continueModel ??= load(CONTINUE_MODEL_FILE, CONTINUE_FEATURES_VERSION);
  continueFeatures(c, j, features);
  return margin(continueModel);
}

/** How good the span model finds the features in `fv` (a part of a content span's features). */
export function spanMargin(fv: FeatureVector): number {
  spanModel ??= load(SPAN_MODEL_FILE, SPAN_FEATURES_VERSION);
  spanModel.score(fv, scores);
  return scores[1] - scores[0];
}
