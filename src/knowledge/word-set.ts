// A word list of lexicon/ as a set, read on first use; modules that name the same file share one set.
import { readListResource } from '../resources.js';

const sets = new Map<string, ReadonlySet<string>>();

export function lexiconSet(file: string): () => ReadonlySet<string> {
  return () => {
    let set = sets.get(file);
    if (!set) {
      set = new Set(readListResource('lexicon', file));
      sets.set(file, set);
    }
    return set;
  };
}
