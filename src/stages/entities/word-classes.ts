// Word classes learned from unlabelled news text by tools/build-word-clusters.ts
// (models/ner-word-classes.tsv): for each word, its path in a binary cluster hierarchy (a bit
// string; prefixes are coarser clusters), how often it is capitalised mid-sentence (a bucket), and
// a finer flat class.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../../resources.js';

export interface WordClasses {
  readonly path: ReadonlyMap<string, string>;
  readonly capitalised: ReadonlyMap<string, string>;
  /** a finer flat class (one of 1024), where the file has one */
  readonly fine: ReadonlyMap<string, string>;
  /** path prefix lengths used as features */
  readonly prefixes: readonly number[];
}

export const WORD_CLASSES_FILE = ['models', 'ner-word-classes.tsv'];

let loaded: WordClasses | undefined;

export function wordClasses(): WordClasses {
  if (loaded) return loaded;
  const path = new Map<string, string>();
  const capitalised = new Map<string, string>();
  const fine = new Map<string, string>();
  for (const line of readFileSync(resourcePath(...WORD_CLASSES_FILE), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, bits, cap, fineClass] = line.split('\t');
    if (bits !== '') path.set(word, bits);
    if (cap !== undefined && cap !== '') capitalised.set(word, cap);
    if (fineClass !== undefined && fineClass !== '') fine.set(word, fineClass);
  }
  loaded = { path, capitalised, fine, prefixes: [2, 4, 6, 8, 10, 12] };
  return loaded;
}
