// The speaker of a quote as the subject of an event its first-person subject does: "We will not negotiate
// with Iran," the Israeli prime minister said → ISR; "…, I concede," Ruto said → KENGOV. The link stage
// resolves no "I" or "we" (lexicon/event-speaker-pronouns.txt), so the quote's attribution tells: the
// actors inside its source's span, else the actor of its source's entity.
import type { AnalyzedArticle, Token } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import type { ActorMention } from './actors.js';
import { beForms } from './auxiliaries.js';
import { attributionOf } from './context.js';

const pronouns = lexiconSet('event-speaker-pronouns.txt');
/** Tags between a subject and its verb ("I will not", "we have also"). */
const BETWEEN = /^(?:MD|RB|VB|VBD|VBP|VBZ|VBN)$/;

/**
 * The token index of the first-person pronoun that is the subject of the trigger at `head` (only
 * auxiliaries and adverbs between them), or -1. `passive` asks for the subject of a passive, which
 * undergoes the event ("We were attacked near Gaza"), else for the subject of an active verb.
 */
function firstPersonSubject(tokens: readonly Token[], head: number, passive: boolean): number {
  let i = head - 1;
  let be = false;
  while (i >= 0 && BETWEEN.test(tokens[i].pos ?? '') && !pronouns().has(tokens[i].text.toLowerCase())) {
    be ||= beForms().has(tokens[i].text.toLowerCase());
    i--;
  }
  if (i < 0 || !pronouns().has(tokens[i].text.toLowerCase())) return -1;
  return (be && tokens[head].pos === 'VBN') === passive ? i : -1;
}

/**
 * The speaker of the quotation (direct or mixed) holding the trigger at token `head`, as actors, when the
 * trigger's subject is a first-person pronoun inside it (of a passive verb when `passive`); else none.
 * `codes` maps entity ids to actor codes.
 */
export function quotedSpeaker(
  doc: AnalyzedArticle,
  tokens: readonly Token[],
  head: number,
  attributions: readonly number[],
  actors: readonly ActorMention[],
  codes: ReadonlyMap<string, string>,
  passive = false,
): ActorMention[] {
  const i = firstPersonSubject(tokens, head, passive);
  if (i < 0) return [];
  const at = attributionOf(doc, tokens[i], attributions);
  const a = at === undefined ? undefined : doc.attributions?.[at];
  if (!a?.source || a.kind === 'indirect') return [];
  const { source } = a;
  const inside = actors.filter((x) => x.start >= source.start && x.end <= source.end);
  if (inside.length > 0) return inside;
  const entity = source.entity ?? source.antecedent?.entity;
  const code = entity === undefined ? undefined : codes.get(entity);
  return entity === undefined || code === undefined
    ? []
    : [{ start: source.start, end: source.end, entity, code }];
}
