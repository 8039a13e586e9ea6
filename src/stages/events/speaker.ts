// The speaker of a quote as the source of an event its first-person subject does: "We will not negotiate
// with Iran," the Israeli prime minister said → source ISR (lexicon/event-speaker-pronouns.txt).
import type { Attribution, Token } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import type { ActorMention } from './actors.js';

const pronouns = lexiconSet('event-speaker-pronouns.txt');

/**
 * The actors naming the speaker of a quotation (direct or mixed) when the subject of the trigger at
 * token `at` is a first-person pronoun inside it (the pronoun nearest before the trigger); else none.
 */
export function speakerSource(
  tokens: readonly Token[],
  at: number,
  actors: readonly ActorMention[],
  attribution: Attribution | undefined,
): ActorMention[] {
  if (!attribution?.source || attribution.kind === 'indirect') return [];
  const { content, source } = attribution;
  // the pronoun nearest before the trigger ("I don't think he has policies to deal with them": he)
  const subject = tokens.slice(0, at).findLast((t) => t.start >= content.start && t.pos === 'PRP');
  if (!subject || !pronouns().has(subject.text.toLowerCase())) return [];
  return actors.filter((a) => a.start >= source.start && a.end <= source.end);
}
