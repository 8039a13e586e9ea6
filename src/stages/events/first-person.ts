// "…, I concede," Ruto said: inside a quotation, "I" and "we" (lexicon/event-speaker-pronouns.txt) are its
// speaker. The link stage resolves no first-person pronoun, so the events stage reads the quote's
// attribution: the actor of its source entity becomes the subject (speaker.ts does the same for an event
// that has no source at all, from the actors inside the source's span).
import type { AnalyzedArticle, Token } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import type { ActorMention } from './actors.js';
import { attributionOf } from './context.js';

const firstPerson = lexiconSet('event-speaker-pronouns.txt');
/** Tags between a subject and its verb ("I will not", "we have also"). */
const BETWEEN = /^(?:MD|RB|VB|VBD|VBP|VBZ|VBN)$/;

/**
 * The speaker of the quotation holding the trigger at token `head`, as an actor, when the trigger's
 * subject is a first-person pronoun; else none. `codes` maps entity ids to their actor codes.
 */
export function firstPersonSpeaker(
  doc: AnalyzedArticle,
  tokens: readonly Token[],
  head: number,
  attributions: readonly number[],
  codes: ReadonlyMap<string, string>,
): ActorMention[] {
  let i = head - 1;
  while (i >= 0 && BETWEEN.test(tokens[i].pos ?? '') && !firstPerson().has(tokens[i].text.toLowerCase())) i--;
  if (i < 0 || !firstPerson().has(tokens[i].text.toLowerCase())) return [];
  const quoted = attributionOf(doc, tokens[i], attributions);
  const a = quoted === undefined ? undefined : doc.attributions?.[quoted];
  if (!a || a.kind === 'indirect' || !a.source) return [];
  const entity = a.source.entity ?? a.source.antecedent?.entity;
  const code = entity === undefined ? undefined : codes.get(entity);
  if (entity === undefined || code === undefined) return [];
  return [{ start: a.source.start, end: a.source.end, entity, code }];
}
