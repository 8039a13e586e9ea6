// "X said that Y must drop barriers": a modal of obligation reports X's demand on Y (CAMEO 100) even when
// the verb after it is no dictionary verb; the speaker is the subject of the verb before Y
// (lexicon/event-obligations.txt). Needs part-of-speech tags.
import { readListResource } from '../../resources.js';
import { auxiliaries } from './auxiliaries.js';
import type { VerbMatch } from './verb-coder.js';

let obligations: Set<string> | null = null;

const STOPS = new Set(['.', ';', ':', '(', ')', '"', '“', '”', '?', '!']);
/** How far after the modal its verb may stand ("must not immediately drop"), and how far before it the speaker's verb. */
const VERB_WINDOW = 3;
const SPEAKER_WINDOW = 12;

const loadLists = () => {
  obligations ??= new Set(readListResource('lexicon', 'event-obligations.txt'));
  return { obligations, auxiliaries: auxiliaries() };
};

/** Demands ("must drop") whose verb the dictionary does not code, as matches of the generic demand 100. */
export function obligationMatches(
  words: readonly string[],
  pos: readonly (string | undefined)[] | undefined,
  coded: readonly VerbMatch[],
): VerbMatch[] {
  if (!pos) return [];
  const lists = loadLists();
  const out: VerbMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!lists.obligations.has(words[i])) continue;
    // a dictionary verb of the same clause is already coded through the modal ("must return")
    if (coded.some((m) => m.start > i && m.start <= i + 2 * VERB_WINDOW)) continue;
    for (let j = i + 1; j <= i + VERB_WINDOW && j < words.length && !STOPS.has(words[j]); j++) {
      if (pos[j] !== 'VB') continue;
      if (!lists.auxiliaries.has(words[j]))
        out.push({
          start: j,
          end: j + 1,
          head: j,
          code: '100',
          reverse: null,
          pattern: null,
          basis: 'verb',
          matched: [],
        });
      break;
    }
  }
  return out;
}

/** The speaker's verb before the obligation modal at `at` ("declared (that) China must …"), or -1. */
export function speakerVerb(
  words: readonly string[],
  pos: readonly (string | undefined)[] | undefined,
  at: number,
): number {
  if (!pos || !loadLists().obligations.has(words[at])) return -1;
  for (let k = at - 1; k >= 0 && k >= at - SPEAKER_WINDOW && !STOPS.has(words[k]); k--) {
    const tag = pos[k] ?? '';
    if (/^VB[DZPN]$/.test(tag) && !loadLists().auxiliaries.has(words[k])) return k;
  }
  return -1;
}
