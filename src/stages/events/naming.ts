// Verb uses that report no event although the dictionary codes the verb: "called them a threat", "called
// the absence of a timeline 'absurd'" name the object (lexicon/event-naming-verbs.txt; "what it called …"
// is a pattern in lexicon/cameo-verbs-extra.txt; "called Putin last week" is a
// phone call, CAMEO 041); "demonstrating the impotency of …" shows something (lexicon/
// event-intransitive-verbs.txt: the protest is intransitive).

import { isTimeNoun } from '../../knowledge/time-nouns.js';
import { lexiconSet } from '../../knowledge/word-set.js';

const namingVerbs = lexiconSet('event-naming-verbs.txt');
const intransitiveVerbs = lexiconSet('event-intransitive-verbs.txt');
const timeModifiers = lexiconSet('event-time-modifiers.txt');

const OBJECT_WORD = /^(DT|PRP\$|JJ|NN|POS)/;
const QUOTES = new Set(['“', '"', "''", '``', "'"]);

/** Whether the second phrase opens at `k`: "a …", "the …", a possessive, a quote, an adjective or noun. */
function complementAt(words: readonly string[], pos: readonly (string | undefined)[], k: number): boolean {
  const tag = pos[k] ?? '';
  if (timeModifiers().has(words[k]) || isTimeNoun(words[k])) return false;
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
  // "the so-called Never Trumpers", "an event called Politics and Pies", "officials, called
  // superdelegates": a participle after a noun or a comma names what it follows
  const before = words[head - 1] ?? '';
  if (before === 'so' || (pos[head] === 'VBN' && (isNoun(pos[head - 1]) || before === ','))) return true;
  // "called Ford's plans “an absolute disgrace”", "called both Trump and Clinton “crazy”": a quotation
  // opening after the object, before the clause goes on, is the name given to it
  if (quotedAfterObject(words, pos, head)) return true;
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
      // "the United States a threat", "North Carolina her home state": a determiner or possessive after
      // the noun opens the second phrase
      if (j > k && (pos[j] === 'DT' || pos[j] === 'PRP$') && words[j - 1] !== 'of') break;
    }
    if (end === -1) return false;
    k = end;
  }
  return k < words.length && complementAt(words, pos, k);
}

const isNoun = (tag: string | undefined) => (tag ?? '').startsWith('NN');
// participles ("proposed", "seasoned") modify the object; a finite verb or an infinitive goes on
const CLAUSE_GOES_ON = /^(VB|VBD|VBP|VBZ|MD|WDT|WP)$/;
const QUOTE_WINDOW = 14;

/** Whether a quotation opens after a noun within a few words after the verb at `head`, before another verb. */
function quotedAfterObject(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  head: number,
): boolean {
  let noun = false;
  for (let j = head + 1; j < words.length && j <= head + QUOTE_WINDOW; j++) {
    if (QUOTES.has(words[j])) return noun;
    if (CLAUSE_GOES_ON.test(pos[j] ?? '') || words[j] === ',' || words[j] === ';') return false;
    // "called on", "called for": the verb's particle, not an object
    if (j === head + 1 && pos[j] === 'IN') return false;
    if (isNoun(pos[j]) || pos[j] === 'PRP') noun = true;
  }
  return false;
}

/** Whether a verb whose event sense is intransitive has a direct object here ("demonstrated its resolve"). */
export function transitiveUse(pos: readonly (string | undefined)[], head: number, base: string): boolean {
  if (!intransitiveVerbs().has(base)) return false;
  const next = pos[head + 1] ?? '';
  // a name is the object only as a possessive ("demonstrated China's resolve"), not a time ("Monday")
  return /^(DT|PRP\$|PRP|JJ|NN|NNS)$/.test(next) || (next === 'NNP' && pos[head + 2] === 'POS');
}
