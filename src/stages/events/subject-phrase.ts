// Whether a verb's own subject is a noun phrase that names no actor ("a day after police opened fire",
// "at least 22 people were killed"): then the event's source is unknown, and no actor further back in
// the sentence may stand in for it. Read from the chunk tags of the syntax stage.
import type { Span, Token } from '../../doc/schema.js';
import type { ActorMention } from './actors.js';
import { beForms } from './auxiliaries.js';

/** Relative pronouns: the subject is their antecedent, which the actor search finds further back. */
const RELATIVE_TAGS = new Set(['WP', 'WDT']);

const COORDINATORS = new Set(['and', 'or', '&']);

const chunkKind = (t: Token | undefined) => t?.chunk?.slice(2) ?? '';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The first token of the noun phrase chunk that holds token i. */
function nounPhraseStart(tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && tokens[first].chunk === 'I-NP') first--;
  return first;
}

/**
 * True when the noun phrase right before the verb group of the trigger at `head` (auxiliaries, adverbs
 * and time phrases such as "Friday" skipped; with its prepositional phrases and possessor) holds a noun
 * and no actor mention. False when
 * anything else stands there (a comma, an actor, a relative pronoun) or the tokens carry no chunk tags.
 */
export function uncodedSubject(
  tokens: readonly Token[],
  head: number,
  actors: readonly ActorMention[],
  times: readonly Span[],
  /** relative clauses that close before the verb (relative.ts): a phrase inside one is not the subject */
  relatives: readonly { start: number; end: number }[] = [],
): boolean {
  // "were killed in protests across the country": an event noun after a preposition is done by whoever
  // the noun phrase names, not by the clause's subject
  if (tokens[head].pos?.startsWith('NN')) return tokens[head - 1]?.pos === 'IN';
  if (chunkKind(tokens[head]) !== 'VP') return false;
  const isTime = (t: Token) => times.some((x) => overlaps(x, t));
  let i = head - 1;
  let auxiliary = false;
  while (i >= 0) {
    const t = tokens[i];
    const kind = chunkKind(t);
    // "reached a consensus to exchange …": an infinitive's subject is the clause's, not the noun before it
    if (t.pos === 'TO') return false;
    // "the marches are banned": a passive's subject undergoes it and says nothing of its agent
    if (tokens[head].pos === 'VBN' && beForms().has(t.text.toLowerCase())) return false;
    if (kind === 'VP') auxiliary = true;
    if (kind === 'VP' || kind === 'ADVP' || (kind === 'NP' && isTime(t))) i--;
    else break;
  }
  // "a lunch hosted by …": a bare participle modifies the noun before it, which is not its subject; one
  // followed by its object is the tagger's VBN for an active past ("police arrested British fans")
  const object =
    !/^(?:IN|TO)$/.test(tokens[head + 1]?.pos ?? '') && !CLAUSE_END.test(tokens[head + 1]?.pos ?? '');
  if (tokens[head].pos === 'VBN' && !auxiliary && !object) return false;
  if (i < 0 || chunkKind(tokens[i]) !== 'NP') return false;
  let first = nounPhraseStart(tokens, i);
  // "Thousands of Nigerians from throughout the country were converging", "Ankara's district
  // administration has denied": the subject takes in its prepositional phrases and its possessor
  for (;;) {
    let j: number;
    if (tokens[first].pos === 'POS')
      j = first - 1; // "Ankara 's district …": the marker opens the chunk
    else if (tokens[first - 1]?.pos === 'POS') j = first - 2;
    else {
      j = first - 1;
      while (chunkKind(tokens[j]) === 'PP') j--;
      if (j === first - 1) break;
    }
    if (j < 0 || chunkKind(tokens[j]) !== 'NP') break;
    first = nounPhraseStart(tokens, j);
  }
  // "Fabius and a group of deputies held …": the last member of a coordinated subject
  if (COORDINATORS.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return false;
  const phrase = { start: tokens[first].start, end: tokens[i].end };
  if (relatives.some((r) => phrase.start >= r.start && phrase.end <= r.end)) return false;
  const words = tokens.slice(first, i + 1);
  if (words.some((t) => RELATIVE_TAGS.has(t.pos ?? ''))) return false;
  // a pronoun the link stage left unresolved says nothing: the nearest actor may still be its antecedent
  if (!words.some((t) => t.pos?.startsWith('NN'))) return false;
  return !actors.some((a) => overlaps(a, phrase));
}

/** Tags of a finite verb: the clause's own verb, after a participle's phrases. */
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;
const CLAUSE_END = /^[.;:!?]$/;

/**
 * A bare participle describing the noun before it, with no "by" agent: "prisoners held in Israeli jails
 * went on strike", "journalists detained in Iran were released", "… for every ten hostages released."
 * Past its prepositional phrases the clause's own finite verb follows, or (for a form tagged VBN) the
 * sentence ends after a verb that the noun phrase is the object of. Not a participle followed by an object, which the tagger's
 * VBN for an active past ("diplomats held their first meeting") would otherwise make one.
 */
function reducedRelative(tokens: readonly Token[], words: readonly string[], head: number): boolean {
  const tag = tokens[head].pos;
  const before = tokens[head - 1];
  if ((tag !== 'VBN' && tag !== 'VBD') || tokens[head].chunk !== 'B-VP') return false;
  if (chunkKind(before) !== 'NP' || RELATIVE_TAGS.has(before?.pos ?? '')) return false;
  const next = tokens[head + 1]?.pos ?? '';
  if (next !== 'IN' && !CLAUSE_END.test(next)) return false;
  const by = words.indexOf('by', head + 1);
  if (by !== -1 && by - head <= 4) return false;
  let i = head + 1;
  while (i < tokens.length && (chunkKind(tokens[i]) === 'PP' || chunkKind(tokens[i]) === 'NP')) i++;
  if (FINITE.test(tokens[i]?.pos ?? '')) return true;
  // a past tense ending its clause is the clause's verb ("Americans agreed with Trump.", "he warned:")
  if (tag === 'VBD' || !CLAUSE_END.test(tokens[i]?.pos ?? '')) return false;
  const nounStart = nounPhraseStart(tokens, head - 1);
  return tokens.slice(0, nounStart).some((t) => chunkKind(t) === 'VP');
}

/** The span of the noun phrase chunk that ends right before token `head`. */
export function nounPhraseBefore(tokens: readonly Token[], head: number): { start: number; end: number } {
  return { start: tokens[nounPhraseStart(tokens, head - 1)].start, end: tokens[head - 1].end };
}

/**
 * The bare participles of a sentence with their phrases ("held in Israeli jails" in "Prisoners held in
 * Israeli jails went on hunger strike"), and the token after each phrase: like a relative clause that
 * closed before a verb, what they name is not that verb's subject.
 */
export function reducedRelatives(
  tokens: readonly Token[],
  words: readonly string[],
): { start: number; end: number; after: number }[] {
  const out: { start: number; end: number; after: number }[] = [];
  for (let j = 1; j < tokens.length; j++) {
    if (!reducedRelative(tokens, words, j)) continue;
    let i = j + 1;
    while (i < tokens.length && (chunkKind(tokens[i]) === 'PP' || chunkKind(tokens[i]) === 'NP')) i++;
    out.push({ start: tokens[j].start, end: tokens[i - 1].end, after: i });
  }
  return out;
}
