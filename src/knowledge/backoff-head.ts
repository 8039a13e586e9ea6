// A phrase whose head is a noun with no sector noun in the knowledge base ("Iraqi advisers", "witnesses in
// Gaza") takes the sector of the noun's nearest sector nouns in word vectors
// (knowledge/compiled/agent-backoff.tsv, derived by tools/derive-agent-backoff.ts), when nothing else in
// the phrase gives one.
import type { KnowledgeBase } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import type { AgentMatch, Match } from './scan.js';
import { lexiconSet } from './word-set.js';

const placePrepositions = lexiconSet('place-prepositions.txt');

/** The noun a phrase is about: the last word before "of" or a place preposition ("prisoners in Dili"), else its last. */
function headIndex(ws: readonly Word[]): number {
  const at = ws.findIndex((w, i) => i > 0 && (w.key === 'of' || placePrepositions().has(w.key)));
  return (at > 0 ? at : ws.length) - 1;
}

/** The back-off noun at word i as a sector-noun match, if it has one. */
export function backoffAgent(kb: KnowledgeBase, w: Word | undefined, i: number): AgentMatch | undefined {
  const code = w ? kb.agentBackoff.get(w.key) : undefined;
  return code ? { kind: 'agent', first: i, last: i + 1, code } : undefined;
}

export function withBackoffHead(ws: readonly Word[], matches: Match[], kb: KnowledgeBase): Match[] {
  if (matches.some((m) => m.kind === 'agent')) return matches;
  const i = headIndex(ws);
  if (matches.some((m) => m.first <= i && i < m.last)) return matches;
  const agent = backoffAgent(kb, ws[i], i);
  return agent ? [...matches, agent].sort((a, b) => a.first - b.first) : matches;
}
