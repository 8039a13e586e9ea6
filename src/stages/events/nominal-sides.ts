// Who did what to whom in an event stated by a noun: the possessive or a name right before the noun is
// the actor ("Russia's invasion of …", "U.S. sanctions on …"); the prepositional phrases right after it
// give the rest — "by" the actor, "between" every party, "of" the one acted on (or the actor, for nouns
// of intransitive verbs: "the visit of …"; for nouns of support, after "the" with no "by" phrase: "the
// endorsement of the governor"), "on", "against", "with", "into" the one acted on, and so
// does "to" after those nouns ("a visit to …").
import type { Token } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { type ActorMention, groupEndingAt, objectAfter } from './actors.js';
import { ofIsAgent, possessorUndergoes, theOfIsGiver } from './nominal.js';

/** Prepositions whose object is the one the event is done to. */
const targetPrepositions = lexiconSet('event-nominals-target-prepositions.txt');
/** Prepositions whose phrase is read past without giving a side ("in Gaza", "last week" aside). */
const passedPrepositions = lexiconSet('event-nominals-passed-prepositions.txt');
/** Words that end a prepositional phrase's noun phrase. */
const PHRASE_END = /^(?:IN|TO|VB.?|MD|WDT|WP|:|\.|-LRB-|-RRB-|``|'')$/;
/** How many modifier words may stand between a name and the noun ("Israel's renewed air strikes"). */
const MODIFIERS = 3;
const MAX_REACH = 14;

export interface NominalSides {
  source: ActorMention[];
  target: ActorMention[];
}

/** The end of the phrase opened by the preposition at `p`: before the next preposition, verb or stop. */
function phraseEnd(tokens: readonly Token[], p: number): number {
  let j = p + 1;
  while (j < tokens.length && j - p <= 8 && !PHRASE_END.test(tokens[j].pos ?? '')) j++;
  return j;
}

export function nominalSides(
  text: string,
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  words: readonly string[],
  head: number,
): NominalSides {
  let source: ActorMention[] = [];
  let target: ActorMention[] = [];
  // before the noun: "Russia's (brutal) invasion", "Israeli air strikes", "the U.S. sanctions"
  let k = head - 1;
  while (k >= 0 && head - k <= MODIFIERS && /^(?:JJ|NN|NNS|NNP|NNPS|VBN)$/.test(tokens[k].pos ?? '')) k--;
  if (k >= 0 && /^['’]s?$/.test(words[k])) {
    const possessor = groupEndingAt(text, actors, tokens[k].start);
    // "Navalny's imprisonment": the possessor is the one imprisoned (not in "Russia's arrest of …")
    if (possessorUndergoes(words[head]) && words[head + 1] !== 'of') target = possessor;
    else source = possessor;
  } else if (k + 1 < head) {
    const from = tokens[k + 1].start;
    source = actors.filter((a) => a.start >= from && a.end <= tokens[head].start);
  }
  // after the noun: its prepositional phrases, in a row
  const ofAgent =
    ofIsAgent(words[head]) ||
    (theOfIsGiver(words[head]) &&
      words[head - 1] === 'the' &&
      !words.slice(head + 1, head + MAX_REACH).includes('by'));
  let j = head + 1;
  while (j < tokens.length && j - head <= MAX_REACH) {
    const prep = words[j];
    const end = phraseEnd(tokens, j);
    if (end === j + 1) break;
    const group = () => objectAfter(text, actors, tokens[j].end, tokens[end - 1].end);
    if (prep === 'by' || prep === 'between') {
      if (source.length === 0) source = group();
    } else if (prep === 'of') {
      const side = ofAgent && source.length === 0 ? 'source' : 'target';
      if (side === 'source') source = group();
      else if (target.length === 0) target = group();
    } else if (targetPrepositions().has(prep) || (prep === 'to' && ofIsAgent(words[head]))) {
      if (target.length === 0) target = group();
    } else if (!passedPrepositions().has(prep)) break;
    j = end;
  }
  return { source, target };
}
