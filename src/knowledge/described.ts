// A name whose phrase says nothing of its role may be described next to it in the sentence: by a title
// right before it ("opposition leader Maulana Fazl-ur-Rehman") or by an apposition right after it
// ("Salaheddine Sidhoum, Algeria's leading human rights activist,"). The description's sector noun
// gives the sector the phrase lacks.
import { type CodedActor, codeParts, roleParts } from './actor-code.js';
import { withAgent } from './code-phrase.js';
import type { Site } from './context-rules.js';
import type { Word } from './phrase-key.js';
import { type AgentMatch, scanWords } from './scan.js';

/** The most words an apposition (or a title before a name) may have. */
export const MAX_APPOSITION = 8;

/** The sector noun ending right before the phrase, with nothing but spaces between. */
export function titleBefore(site: Site, around: readonly Word[]): AgentMatch | undefined {
  const { source, start, kb } = site;
  const i = around.findIndex((w) => w.start >= start);
  const from = Math.max(0, i - kb.maxAgentWords);
  const before = around.slice(from, i);
  const last = scanWords(source, before, kb).at(-1);
  if (last?.kind !== 'agent' || last.last !== before.length) return undefined;
  return /^ +$/.test(source.slice(before[before.length - 1].end, start)) ? last : undefined;
}

/**
 * The words of an apposition right after the phrase: ", <at most MAX_APPOSITION words>" ended by
 * "," "." ";" or the end of the text; null when there is none.
 */
export function appositionWords(site: Site, around: readonly Word[]): Word[] | null {
  const { source, end } = site;
  const i = around.findIndex((w) => w.start >= end);
  if (i < 0 || !/^\s*,\s*$/.test(source.slice(end, around[i].start))) return null;
  let j = i + 1;
  while (
    j < around.length &&
    j - i < MAX_APPOSITION &&
    !/[,;.()]/.test(source.slice(around[j - 1].end, around[j].start))
  )
    j++;
  if (j < around.length && !/[,;.]/.test(source.slice(around[j - 1].end, around[j].start))) return null;
  return around.slice(i, j);
}

/** The sector noun that ends an apposition: ", <words ending in a sector noun>" up to "," "." or the end. */
function appositionAfter(site: Site, around: readonly Word[]): AgentMatch | undefined {
  const span = appositionWords(site, around);
  if (!span) return undefined;
  const last = scanWords(site.source, span, site.kb).at(-1);
  return last?.kind === 'agent' && last.last === span.length ? last : undefined;
}

/** A name with no sector (and no sector noun of its own) takes its title's or apposition's. */
export function described(coded: CodedActor, site: Site): CodedActor {
  const { around, embedded, matches, kb } = site;
  // a country named alone ("Iran, a major oil producer,") is the state, whatever it is described as
  const country = coded.kb !== undefined && coded.kb === coded.country;
  if (coded.sector || country || !embedded || !around || matches.some((m) => m.kind === 'agent'))
    return coded;
  const agent = titleBefore(site, around) ?? appositionAfter(site, around);
  if (!agent?.code.startsWith('~')) return coded;
  const code = withAgent(coded.code, agent, kb);
  return { ...coded, ...(coded.country ? codeParts(code, kb) : roleParts(code, kb)) };
}
