// "In a poll released on Monday, Smith leads by ten points" / "polls in which Smith leads": the poll is
// the source, "in" the cue and the clause its content, as PolNeAR marks them.
import { lexiconSet } from '../../knowledge/word-set.js';
import type { Candidate } from './candidate.js';
import { type DocContext, isFiniteVerb, type SentenceRange } from './context.js';

const POLL_NOUNS = lexiconSet('attribution-poll-nouns.txt');
/** Longest poll phrase after a fronted "In", in tokens. */
const MAX_POLL_PHRASE = 14;

/** The clause from token `from` to the next comma or the sentence end, as offsets, or null when empty. */
function clauseFrom(c: DocContext, from: number, s: SentenceRange): [number, number] | null {
  let to = from;
  while (to < s.last && c.lower[to] !== ',' && c.lower[to] !== ';') to++;
  while (to > from && /^[.!?]$/.test(c.lower[to - 1])) to--;
  return to > from ? [c.tokens[from].start, c.tokens[to - 1].end] : null;
}

export function pollCandidate(c: DocContext, i: number, s: SentenceRange, si: number): Candidate | null {
  if (c.lower[i] !== 'in') return null;
  // "polls in which Smith leads"
  if (c.lower[i + 1] === 'which' && i > s.first && POLL_NOUNS().has(c.lower[i - 1])) {
    const content = clauseFrom(c, i + 2, s);
    if (!content) return null;
    return {
      sentence: si,
      source: { first: i - 1, last: i },
      cue: { first: i, last: i + 1 },
      contentStart: content[0],
      contentEnd: content[1],
    };
  }
  // "In a poll released on Monday, …": a poll phrase without a finite verb, up to a comma.
  if (i !== s.first) return null;
  let comma = i + 1;
  let poll = false;
  while (comma < s.last && comma <= i + MAX_POLL_PHRASE && c.lower[comma] !== ',') {
    if (isFiniteVerb(c, comma)) return null;
    if (POLL_NOUNS().has(c.lower[comma])) poll = true;
    comma++;
  }
  if (!poll || c.lower[comma] !== ',' || comma === i + 1) return null;
  // the content runs from the clause after the comma to the sentence's end
  const content = clauseFrom(c, comma + 1, s);
  if (!content) return null;
  return {
    sentence: si,
    source: { first: i + 1, last: comma },
    cue: { first: i, last: i + 1 },
    contentStart: content[0],
    contentEnd: c.tokens[s.last - 1].end,
  };
}
