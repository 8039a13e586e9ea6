import { readListResource } from '../../resources.js';

/** How an abbreviation behaves at a period: titles never end a sentence, `final` ones may. */
export type AbbreviationKind = 'title' | 'numeric' | 'date' | 'final' | 'state';

let table: Map<string, AbbreviationKind> | undefined;

function load(): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const line of readListResource('lexicon', 'abbreviations.txt')) {
    const [tag, ...words] = line.split(/\s+/);
    const kind = tag.slice(1) as AbbreviationKind;
    for (const word of words) map.set(word, kind);
  }
  return map;
}

/** The kind of abbreviation `word` (without its period) is, if it is one. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  table ??= load();
  return table.get(word);
}

let starters: Set<string> | undefined;

/** Capitalised words that typically open a sentence ("The", "He", "But"). */
export function isSentenceStarter(word: string): boolean {
  starters ??= new Set(readListResource('lexicon', 'sentence-starters.txt').flatMap((l) => l.split(/\s+/)));
  return starters.has(word);
}
