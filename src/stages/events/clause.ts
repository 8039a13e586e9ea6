// Whether an event verb heads the sentence's main clause or a subordinate one (purpose infinitive,
// adverbial or relative clause, reduced relative, participial adjunct). The main-clause event is what
// the sentence reports; subordinate events are its background (lexicon/event-subordinators.txt).

import { isTimeNoun } from '../../knowledge/time-nouns.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource } from '../../resources.js';
import { auxiliaries } from './auxiliaries.js';
import type { Cue } from './modality.js';

interface Lists {
  subordinators: Set<string>;
  auxiliaries: ReadonlySet<string>;
}
let lists: Lists | null = null;

function loadLists(): Lists {
  lists ??= {
    subordinators: new Set(readListResource('lexicon', 'event-subordinators.txt')),
    auxiliaries: auxiliaries(),
  };
  return lists;
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const CLAUSE_EDGE = new Set([',', ';', ':', '(', ')', '"', '“', '”', '--', '—']);

/** Tags that may stand between a verb and its auxiliary (negators too: lexicon/negators.txt). */
const MODIFIER_TAGS = new Set(['RB', 'MD']);
const negators = lexiconSet('negators.txt');

const isNoun = (tag: string | undefined) => (tag ?? '').startsWith('NN');

/**
 * True when the event verb at `start` (its verb word at `head`, framed by `cue`) is subordinate. `pos`
 * are the Penn tags when the syntax stage ran; without them only the purpose infinitive and the
 * subordinating words are seen.
 */
export function isSubordinate(
  words: readonly string[],
  pos: readonly (string | undefined)[] | undefined,
  start: number,
  head: number,
  cue: Cue | null,
): boolean {
  if (cue === 'PURPOSE') return true; // "… to protest the decision"
  const { subordinators, auxiliaries } = loadLists();
  const tag = pos?.[head];
  const before = words[start - 1] ?? '';
  // ", killing one person": a participle after a comma is an adjunct of the main clause
  if (tag === 'VBG' && before === ',') return true;
  // "accused Putin of ordering his killing", "capable of striking": a gerund after "of" completes the word
  // before it; what it names is not asserted by the sentence
  if (tag === 'VBG' && before === 'of') return true;
  // "the curfew imposed in Sudan": a participle right after a noun, with no auxiliary, modifies it —
  // when a finite verb before it heads the sentence (else the tagger misread a past tense)
  const finiteBefore = pos?.slice(0, start).some((t) => FINITE.has(t ?? '')) ?? false;
  if (tag === 'VBN' && isNoun(pos?.[start - 1]) && !auxiliaries.has(before) && finiteBefore) return true;
  // the verb's own auxiliaries and adverbs ("were hit", "has not yet signed") belong to its clause
  let i = start - 1;
  while (
    i >= 0 &&
    (auxiliaries.has(words[i]) || MODIFIER_TAGS.has(pos?.[i] ?? '') || negators().has(words[i]))
  )
    i--;
  for (; i >= 0; i--) {
    const w = words[i];
    if (CLAUSE_EDGE.has(w)) return false;
    if (subordinators.has(w)) {
      // "demanded that …", "said that …": a that-clause after a verb is reported content
      // (a time noun is no antecedent: "said Monday that …" opens reported content, not a relative clause)
      if (w === 'that' && !(isNoun(pos?.[i - 1]) && !isTimeNoun(words[i - 1]))) return false;
      return true;
    }
    if (FINITE.has(pos?.[i] ?? '')) return false;
  }
  return false;
}
