// A word list of lexicon/ as a set, read on first use.
import { readListResource } from '../resources.js';

export function lexiconSet(file: string): () => ReadonlySet<string> {
  let set: ReadonlySet<string> | undefined;
  return () => {
    set ??= new Set(readListResource('lexicon', file));
    return set;
  };
}
