// "Truckers blocked the border crossing to protest …": an obstruction whose purpose is a protest is the
// protest (CAMEO 144), whatever the verb's own code (lexicon/event-obstruction-verbs.txt).
import { lexiconSet } from '../../knowledge/word-set.js';

const obstructionVerbs = lexiconSet('event-obstruction-verbs.txt');
const CLAUSE_END = new Set(['.', ';', ':', '?', '!', 'but', 'while', 'after', 'before', 'when']);
/** How far after the verb its purpose may be stated ("blocked the main road into the capital to protest"). */
const PURPOSE_WINDOW = 12;

/** Whether the verb at `head` obstructs a place "to protest" or "in protest" of something. */
export function obstructsInProtest(words: readonly string[], head: number): boolean {
  if (!obstructionVerbs().has(words[head])) return false;
  for (let k = head + 1; k < words.length && k <= head + PURPOSE_WINDOW; k++) {
    if (CLAUSE_END.has(words[k])) return false;
    if ((words[k] === 'to' || words[k] === 'in') && words[k + 1] === 'protest') return true;
  }
  return false;
}
