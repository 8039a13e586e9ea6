// "He avoided direct criticism of the mayor": a noun cue that heads the object of a verb cue makes one
// cue phrase with it ("avoided direct criticism of"), as PolNeAR marks it, not two attributions.
import { partitionPoint } from '../../doc/sorted.js';
import type { Candidate } from './candidate.js';
import { type DocContext, isFiniteVerb } from './context.js';

/** Tags of the words that may stand between the verb's content start and the noun cue. */
const PREMODIFIER = /^(?:DT|PDT|JJ|JJR|JJS|RB|RBR|RBS|CD|PRP\$)$/;
/**
 * A finite verb after the noun, before any clause boundary, makes the verb's content a clause whose
 * subject the noun heads ("said the criticism of the plan was unfair"); one in a clause of its own
 * does not ("made no mention of the fact that he was ill").
 */
const CLAUSE_OPENER_TAG = /^(?:WDT|WP|WP\$|WRB|[,:;(])$/;

function predicateFollows(c: DocContext, from: number, end: number): boolean {
  for (let k = from; k < c.tokens.length && c.tokens[k].end <= end; k++) {
    const w = c.lower[k];
    const tag = c.tokens[k].pos ?? '';
    if (w === 'that' || c.lex.subordinators.has(w) || CLAUSE_OPENER_TAG.test(tag) || /^[,;:—–-]$/.test(w))
      return false;
    if (isFiniteVerb(c, k)) return true;
  }
  return false;
}

/** The first token ending after `offset`. */
const tokenAt = (c: DocContext, offset: number): number => partitionPoint(c.tokens, (t) => t.end <= offset);

/** Whether b's noun cue heads the noun phrase that opens a's content, with only premodifiers before it. */
function headsObject(c: DocContext, a: Candidate, b: Candidate): boolean {
  if (b.cue.first < a.cue.last || !(c.tokens[b.cue.first].pos ?? '').startsWith('NN')) return false;
  const first = tokenAt(c, a.contentStart);
  if (b.cue.first < first || c.tokens[b.cue.first].start >= a.contentEnd) return false;
  if (c.lower[first] === 'that') return false;
  for (let k = first; k < b.cue.first; k++) if (!PREMODIFIER.test(c.tokens[k].pos ?? '')) return false;
  return !predicateFollows(c, b.cue.last, a.contentEnd);
}

/** Joins each verb cue with the noun cue heading its object; the noun's content and the verb's source stay. */
export function mergeNounCues(c: DocContext, candidates: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const a of candidates) {
    if (dropped.has(a) || a.parts) continue;
    const b = candidates.find(
      (x) => x !== a && x.sentence === a.sentence && !dropped.has(x) && !x.parts && headsObject(c, a, x),
    );
    if (!b) continue;
    b.cue = { first: a.cue.first, last: b.cue.last };
    b.source = a.source;
    dropped.add(a);
  }
  return candidates.filter((x) => !dropped.has(x));
}
