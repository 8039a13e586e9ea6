// The PLOVER mode of an event whose CAMEO code implies none, from words near its trigger
// (lexicon/event-modes.tsv): "shelled the town" → ASSAULT/heavy-weapons.
import { readListResource } from '../../resources.js';

let table: Map<string, Map<string, string>> | null = null;

/** type → word → mode */
function modeWords(): Map<string, Map<string, string>> {
  if (table) return table;
  table = new Map();
  for (const line of readListResource('lexicon', 'event-modes.tsv')) {
    const [type, mode, words = ''] = line.split('\t');
    const byWord = table.get(type) ?? new Map<string, string>();
    for (const word of words.split(' ')) if (!byWord.has(word)) byWord.set(word, mode);
    table.set(type, byWord);
  }
  return table;
}

const WINDOW = 8;

/** The mode the words around tokens `[start, end)` give an event of `type`, nearest word first. */
export function modeFromWords(
  type: string,
  words: readonly string[],
  start: number,
  end: number,
): string | undefined {
  const byWord = modeWords().get(type);
  if (!byWord) return undefined;
  for (let d = 0; d <= WINDOW; d++) {
    const hit = byWord.get(words[end - 1 + d] ?? '') ?? byWord.get(words[start - d] ?? '');
    if (hit) return hit;
  }
  return undefined;
}
