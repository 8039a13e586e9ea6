// Word classes learned from unlabelled news text by tools/build-word-clusters.ts
// (models/ner-word-classes.tsv): for each word, its path in a binary cluster hierarchy (a bit
// string; prefixes are coarser clusters) and how often it is capitalised mid-sentence (a bucket).
import { readFileSync } from 'node:fs';
import { resourcePath } from '../../resources.js';

export interface WordClasses {
  readonly path: ReadonlyMap<string, string>;
  readonly capitalised: ReadonlyMap<string, string>;
  /** path prefix lengths used as features */
  readonly prefixes: readonly number[];
}

export const WORD_CLASSES_FILE = ['models', 'ner-word-classes.tsv'];

let loaded: WordClasses | undefined;

export function wordClasses(): WordClasses {
  if (loaded) return loaded;
  const path = new Map<string, string>();
  const capitalised = new Map<string, string>();
  for (const line of readFileSync(resourcePath(...WORD_CLASSES_FILE), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, bits, cap] = line.split('\t');
    if (bits !== '') path.set(word, bits);
    if (cap !== undefined && cap !== '') capitalised.set(word, cap);
  }
  loaded = { path, capitalised, prefixes: [2, 4, 6, 8, 10, 12] };
  return loaded;
}
