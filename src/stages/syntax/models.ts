// The trained syntax models (models/pos-v1.bin, models/chunk-v1.bin, made by
// tools/train-syntax.ts), read once per process on first use.
import { readFileSync } from 'node:fs';
import { decodeLinearModel } from '../../ml/serialize.js';
import { resourcePath } from '../../resources.js';
import { CHUNK_FEATURES_VERSION } from './chunk-features.js';
import { POS_FEATURES_VERSION } from './pos-features.js';
import { compileTagDictionary } from './tag-dictionary.js';
import { SyntaxTagger } from './tagger.js';

export const POS_MODEL_FILE = 'pos-v1.bin';
export const CHUNK_MODEL_FILE = 'chunk-v1.bin';

export function loadSyntaxTagger(dir = resourcePath('models')): SyntaxTagger {
  const pos = decodeLinearModel(readFileSync(`${dir}/${POS_MODEL_FILE}`));
  const chunk = decodeLinearModel(readFileSync(`${dir}/${CHUNK_MODEL_FILE}`));
  if (
    pos.header.meta.features !== POS_FEATURES_VERSION ||
    chunk.header.meta.features !== CHUNK_FEATURES_VERSION
  ) {
    throw new Error('syntax models were trained with other feature templates: run tools/train-syntax.ts');
  }
  if (JSON.stringify(chunk.header.meta.posLabels) !== JSON.stringify(pos.model.labels)) {
    throw new Error('the chunk model was trained against another POS model: retrain both');
  }
  const tagDictionary = pos.header.meta.tagDictionary as Record<string, string>;
  return new SyntaxTagger(pos.model, chunk.model, {
    tags: compileTagDictionary(tagDictionary, pos.model.labels),
  });
}

let cached: SyntaxTagger | undefined;

/** The process-wide tagger, loaded on first call. */
export function syntaxTagger(): SyntaxTagger {
  cached ??= loadSyntaxTagger();
  return cached;
}
