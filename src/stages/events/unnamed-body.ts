// "Fujimori dismissed the commander of the armed forces", "rebels in southeast Turkey ambushed an army
// patrol": an object that names no actor but is a body by its sector noun, in a sentence that names no
// country other than the source's, is that country's body — wire reports leave the country out.
import type { AnalyzedArticle, EventActor, Token } from '../../doc/schema.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { words } from '../../knowledge/phrase-key.js';
import { scanWords } from '../../knowledge/scan.js';
import type { ActorMention } from './actors.js';

/** Words of the object noun phrase: up to a punctuation mark or a preposition other than "of". */
const MAX_WORDS = 8;
/** Tags that open a noun phrase: a determiner, a possessive pronoun, a number. */
export const NOUN_OPENERS: ReadonlySet<string> = new Set(['DT', 'PRP$', 'CD']);

export function unnamedBodyTarget(
  doc: AnalyzedArticle,
  tokens: readonly Token[],
  /** the trigger's last token + 1, and where the object may end */
  after: number,
  objectEnd: number,
  sources: readonly ActorMention[],
  sentenceActors: readonly ActorMention[],
  /** the knowledge base, loaded only when an event needs it */
  knowledge: () => KnowledgeBase,
): EventActor | null {
  if (sources.length === 0) return null;
  const kb = knowledge();
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const countryOf = (a: ActorMention) => byId.get(a.entity)?.actor?.country ?? '';
  const own = new Set(sources.map(countryOf));
  const [country] = own;
  if (own.size !== 1 || !kb.countries.has(country)) return null;
  if (sentenceActors.some((a) => countryOf(a) !== '' && countryOf(a) !== country)) return null;
  let end = after;
  while (
    end < tokens.length &&
    end - after < MAX_WORDS &&
    tokens[end].start < objectEnd &&
    /^[\p{L}\p{N}]/u.test(tokens[end].text) &&
    !((tokens[end].pos === 'IN' || tokens[end].pos === 'TO') && tokens[end].text.toLowerCase() !== 'of')
  )
    end++;
  // a determined noun phrase ("the commander of …", "his entire cabinet", "two soldiers") whose head, the
  // word before "of" or its last, is the sector noun: not "holding a press conference"
  if (end === after || !NOUN_OPENERS.has(tokens[after].pos ?? '')) return null;
  const of = tokens.slice(after, end).findIndex((t) => t.text.toLowerCase() === 'of');
  const head = tokens[of > 0 ? after + of - 1 : end - 1];
  const ws = words(doc.text, tokens[after].start, tokens[end - 1].end);
  const matches = scanWords(doc.text, ws, kb);
  const agent = matches.find((m) => m.kind === 'agent' && ws[m.last - 1].end === head.end);
  if (agent?.kind !== 'agent' || matches.some((m) => m.kind === 'name')) return null;
  if (!agent.code.startsWith('~')) return null; // an international body ("IGO~") has no country
  return { code: country + agent.code.slice(1), entities: [], inferred: true };
}
