// Events stated by a noun ("the bombing of X by Y", "X's visit to Y", "talks between X and Y",
// "sanctions on X"): the noun triggers of knowledge/compiled/event-nominals.tsv (derived from the verb
// dictionary by tools/build-event-nominals.ts), found only where the tagger reads a noun, with their
// arguments read from the possessive or a name right before the noun and the prepositions after it.

import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource } from '../../resources.js';

interface Nominal {
  /** the verb the noun names the act of ("deployment" → deploy) */
  verb: string;
  code: string | null;
  reverse: string | null;
  basis: 'verb' | 'block';
}

export type NominalMatch = Nominal & { start: number; end: number; head: number };

let table: Map<string, Nominal> | null = null;
function nominals(): Map<string, Nominal> {
  if (table) return table;
  table = new Map();
  for (const line of readListResource('knowledge', 'compiled', 'event-nominals.tsv')) {
    const [noun, plural, verb, code, basis] = line.split('\t');
    const [forward, reverse] = code.split(':');
    const entry: Nominal = {
      verb,
      code: forward || null,
      reverse: reverse || null,
      basis: basis === 'block' ? 'block' : 'verb',
    };
    table.set(noun, entry);
    if (!table.has(plural)) table.set(plural, entry);
  }
  return table;
}

const address = lexiconSet('event-nominals-address-prepositions.txt');
/**
 * "Trump talks to Megyn Kelly about …": in a sentence without a finite verb, a plural noun right after a
 * noun and before a preposition of address ("to" not opening an infinitive, "about") is a headline's
 * present-tense verb the tagger read as a noun ("Peace talks about the border resumed" keeps its noun).
 */
function headlineVerb(words: readonly string[], pos: readonly (string | undefined)[], i: number): boolean {
  return (
    pos[i] === 'NNS' &&
    (pos[i - 1] ?? '').startsWith('NN') &&
    address().has(words[i + 1] ?? '') &&
    pos[i + 2] !== 'VB' &&
    !pos.some((tag) => /^(?:VBD|VBZ|VBP|MD)$/.test(tag ?? ''))
  );
}

/**
 * Noun triggers of a sentence (lower-cased `words`, Penn `pos`), outside the tokens `taken` by the verb
 * coder (its triggers and the nouns its patterns matched: "held talks" is one event). A noun modifying
 * a following noun ("attack helicopters", "visit schedule") names no event, nor does a headline's verb.
 */
export function nominalMatches(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  taken: ReadonlySet<number>,
): NominalMatch[] {
  const out: NominalMatch[] = [];
  words.forEach((word, i) => {
    if (taken.has(i) || !(pos[i] ?? '').startsWith('NN') || (pos[i + 1] ?? '').startsWith('NN')) return;
    const entry = nominals().get(word);
    if (entry && !headlineVerb(words, pos, i)) out.push({ start: i, end: i + 1, head: i, ...entry });
  });
  return out;
}

const agentOf = lexiconSet('event-nominals-of-agent.txt');
/** Nouns whose "of" names the one who acts ("the visit of the president"), not the one acted on. */
export function ofIsAgent(noun: string): boolean {
  return agentOf().has(noun);
}

const undergoesOf = lexiconSet('event-nominals-possessor-undergoes.txt');

/** Whether the possessor of the event noun undergoes it ("Navalny's imprisonment"), not does it. */
export function possessorUndergoes(noun: string): boolean {
  return undergoesOf().has(noun);
}

const giverOf = lexiconSet('event-nominals-the-of-giver.txt');
/** Nouns of support whose definite "the N of X" (no "by" after it) names the giver ("the endorsement of X"). */
export function theOfIsGiver(noun: string): boolean {
  return giverOf().has(noun);
}
