// Verb uses that report no event although the dictionary codes the verb: "called them a threat", "called
// the absence of a timeline 'absurd'" name the object (lexicon/event-naming-verbs.txt; "what it called …"
// is a pattern in lexicon/cameo-verbs-extra.txt; "called Putin last week" is a
// phone call, CAMEO 041); "demonstrating the impotency of …" shows something (lexicon/
// event-intransitive-verbs.txt: the protest is intransitive).

import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource } from '../../resources.js';

const namingVerbs = lexiconSet('event-naming-verbs.txt');
const intransitiveVerbs = lexiconSet('event-intransitive-verbs.txt');
let timeWords: ReadonlySet<string> | null = null;

const OBJECT_WORD = /^(DT|PRP\$|JJ|NN|POS)/;
const QUOTES = new Set(['“', '"', "''", '``', "'"]);

/** Whether the second phrase opens at `k`: "a …", "the …", a possessive, a quote, an adjective or noun. */
function complementAt(words: readonly string[], pos: readonly (string | undefined)[], k: number): boolean {
  const tag = pos[k] ?? '';
  timeWords ??= new Set([
    ...readListResource('lexicon', 'event-time-modifiers.txt'),
    ...readListResource('lexicon', 'time-adverb-nouns.txt'),
    ...readListResource('lexicon', 'day-names.txt'),
  ]);
  if (timeWords.has(words[k])) return false;
  if (QUOTES.has(words[k])) return true;
  if (tag === 'DT') return words[k] === 'a' || words[k] === 'an' || words[k] === 'the';
  // a proper noun right after the object is its name ("called his counterpart Sergei Lavrov")
  return tag === 'PRP$' || /^(JJ|NN|NNS)$/.test(tag);
}

/** Whether the verb `base` at token `head` names its object rather than calling someone. */
export function naming(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  head: number,
  base: string,
): boolean {
  if (!namingVerbs().has(base)) return false;
  // "a set of principles they called the “Spirit of Camp David”": the name right after the verb
  let k = head + 1;
  if (QUOTES.has(words[k]) || (pos[k] === 'DT' && QUOTES.has(words[k + 1]))) return true;
  // the object: a pronoun, or words of a noun phrase ("the absence of a timeline") up to its last noun
  if (pos[k] === 'PRP') k++;
  else {
    let end = -1;
    const inObject = (j: number) => OBJECT_WORD.test(pos[j] ?? '') || (words[j] === 'of' && end !== -1);
    for (let j = k; j < words.length && inObject(j); j++) {
      if ((pos[j] ?? '').startsWith('NN')) end = j + 1;
      // "the United States a threat": a determiner after the noun opens the second phrase
      if (j > k && pos[j] === 'DT' && words[j - 1] !== 'of') break;
    }
    if (end === -1) return false;
    k = end;
  }
  return k < words.length && complementAt(words, pos, k);
}

/** Whether a verb whose event sense is intransitive has a direct object here ("demonstrated its resolve"). */
export function transitiveUse(pos: readonly (string | undefined)[], head: number, base: string): boolean {
  if (!intransitiveVerbs().has(base)) return false;
  const next = pos[head + 1] ?? '';
  // a name is the object only as a possessive ("demonstrated China's resolve"), not a time ("Monday")
  return /^(DT|PRP\$|PRP|JJ|NN|NNS)$/.test(next) || (next === 'NNP' && pos[head + 2] === 'POS');
}
