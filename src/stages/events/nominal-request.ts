// An event noun requested by the verb before it ("asked for a meeting", "demanded the release of …"): the
// noun's event is what is asked for, coded through the request (lexicon/event-request-verbs.txt).
import { readListResource } from '../../resources.js';
import type { Cue } from './modality.js';

interface RequestVerb {
  cue: Cue;
  /** the noun must follow "for" ("called for talks", not "called a meeting") */
  needsFor: boolean;
}

let table: Map<string, RequestVerb> | null = null;
function requestVerbs(): Map<string, RequestVerb> {
  table ??= new Map(
    readListResource('lexicon', 'event-request-verbs.txt').map((line) => {
      const [word, cue, between] = line.split('\t');
      return [word, { cue: cue as Cue, needsFor: between === 'for' }];
    }),
  );
  return table;
}

/** Determiners and modifiers a noun phrase may open with before its head ("an immediate", "the"). */
const OPENER = /^(?:DT|JJ|PRP\$|CD)$/;

/** The request verb framing the event noun at `at`, with its cue and position, or null. */
export function requestBefore(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  at: number,
): { cue: Cue; at: number } | null {
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && OPENER.test(pos[k] ?? '')) k--;
  const afterFor = words[k] === 'for';
  if (afterFor) k--;
  const verb = requestVerbs().get(words[k] ?? '');
  if (!verb || (verb.needsFor && !afterFor) || !(pos[k] ?? '').startsWith('VB')) return null;
  return { cue: verb.cue, at: k };
}
