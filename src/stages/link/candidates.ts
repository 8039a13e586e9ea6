// Actor phrases in a sentence that the NER does not tag as names: a name with its sector noun
// ("North Korea's state media", "a Chinese delegation"), coordinations that share one ("Chinese and
// Russian officials"), "the North"/"the South", plural references ("the two countries", "the allies")
// and pronouns.
import type { Mention } from '../../doc/schema.js';
import type { Word } from '../../knowledge/phrase-key.js';
import type { AgentMatch, Match, NameMatch } from '../../knowledge/scan.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource } from '../../resources.js';

/** A phrase built around a name: `name` words, and the sector noun that makes it an actor, if any. */
export interface Composite {
  /** span of the whole phrase (for a non-final conjunct: the name alone) */
  start: number;
  end: number;
  name: NameMatch;
  agent?: AgentMatch;
  /** index of the coordination this conjunct belongs to, if any */
  group?: number;
}

/**
 * "Tamil rebels", "Sunni insurgents", "Kurdish guerrillas": a name the NER tagged as MISC (a people, a
 * faith) that the knowledge base knows by no name of its own, with the sector noun it governs.
 */
export interface PeoplePhrase {
  start: number;
  end: number;
  agent: AgentMatch;
}

export interface Special {
  kind: 'compass' | 'plural' | 'pronoun';
  start: number;
  end: number;
  /** "north"/"south" for compass; the pronoun; the plural phrase's key */
  key: string;
  agent?: AgentMatch;
}

const actorModifiers = lexiconSet('actor-modifiers.txt');
let plurals: ReadonlyArray<readonly string[]> | undefined;
const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their']);

/**
 * The agent that a name ending before word `last` governs: the next match, right after it past determiners
 * and "'s" ("North Korea's state media").
 */
function agentAfter(
  text: string,
  ws: readonly Word[],
  last: number,
  next: Match | undefined,
): AgentMatch | undefined {
  if (next?.kind !== 'agent') return undefined;
  const modifiers = actorModifiers();
  for (let j = last; j < next.first; j++) if (!modifiers.has(ws[j].key)) return undefined;
  const between = text.slice(ws[last - 1].end, ws[next.first].start);
  return /[,.;:()"]/.test(between) ? undefined : next;
}

const governedAgent = (text: string, ws: readonly Word[], matches: readonly Match[], k: number) =>
  agentAfter(text, ws, matches[k].last, matches[k + 1]);

export function findComposites(text: string, ws: readonly Word[], matches: readonly Match[]): Composite[] {
  const out: Composite[] = [];
  let group = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    if (m.kind !== 'name') continue;
    // a coordination of names sharing the sector noun after the last: "Chinese and Russian officials"
    const conjuncts: number[] = [k];
    let j = k;
    while (
      matches[j + 1]?.kind === 'name' &&
      matches[j + 1].first === matches[j].last + 1 &&
      ['and', 'or', '&'].includes(ws[matches[j].last].key)
    ) {
      j++;
      conjuncts.push(j);
    }
    const agent = governedAgent(text, ws, matches, j);
    if (conjuncts.length > 1 && agent) {
      group++;
      for (const c of conjuncts) {
        const name = matches[c] as NameMatch;
        const last = c === j;
        out.push({
          start: ws[name.first].start,
          end: last ? ws[agent.last - 1].end : ws[name.last - 1].end,
          name,
          agent,
          group,
        });
      }
      k = j;
    } else if (agent) {
      out.push({ start: ws[m.first].start, end: ws[agent.last - 1].end, name: m, agent });
    }
  }
  return out;
}

export function findPeoplePhrases(
  text: string,
  ws: readonly Word[],
  matches: readonly Match[],
  tagged: readonly Mention[],
  /** nouns of people with no sector noun → their nearest sector (knowledge/compiled/agent-backoff.tsv) */
  backoff: ReadonlyMap<string, string>,
): PeoplePhrase[] {
  const out: PeoplePhrase[] = [];
  for (const m of tagged) {
    // the NER's class of peoples and faiths: not a place ("Pacific Island leaders") nor an organisation
    if (m.type !== 'MISC') continue;
    const first = ws.findIndex((w) => w.start === m.start);
    const last = ws.findIndex((w) => w.end === m.end) + 1;
    if (first < 0 || last <= first) continue;
    const inside = matches.filter((x) => x.first < last && first < x.last);
    if (inside.some((x) => x.kind === 'name' || x.first < first)) continue;
    // the sector noun it governs: the next match past modifiers, or one its own word begins ("Sunni insurgents")
    const across = inside.find((x) => x.last > last);
    const next = matches.find((x) => x.first >= last);
    // or a noun of people right after it that the back-off knows ("Hindu nationalists")
    const nearest = ws[last] && backoff.get(ws[last].key);
    const backed: AgentMatch | undefined =
      nearest && next?.first !== last && /^ +$/.test(text.slice(ws[last - 1].end, ws[last].start))
        ? { kind: 'agent', first: last, last: last + 1, code: nearest }
        : undefined;
    const agent = across?.kind === 'agent' ? across : (agentAfter(text, ws, last, next) ?? backed);
    if (agent) out.push({ start: m.start, end: ws[agent.last - 1].end, agent });
  }
  return out;
}

export function findSpecials(text: string, ws: readonly Word[], matches: readonly Match[]): Special[] {
  const out: Special[] = [];
  const keys = ws.map((w) => w.key);
  for (let i = 0; i < ws.length; i++) {
    // "the North", "the South's navy" — but not "the South China Sea"
    if (
      keys[i] === 'the' &&
      (keys[i + 1] === 'north' || keys[i + 1] === 'south') &&
      /^[NS]/.test(text[ws[i + 1].start])
    ) {
      const after = ws[i + 2];
      const glued = after && /^ +$/.test(text.slice(ws[i + 1].end, after.start));
      if (!(glued && /^\p{Lu}/u.test(text[after.start]))) {
        const agentMatch = matches.find((m): m is AgentMatch => m.kind === 'agent' && m.first === i + 2);
        const agent =
          agentMatch && !/[,.;:]/.test(text.slice(ws[i + 1].end, ws[i + 2].start)) ? agentMatch : undefined;
        out.push({
          kind: 'compass',
          start: ws[i + 1].start,
          end: agent ? ws[agent.last - 1].end : ws[i + 1].end,
          key: keys[i + 1],
          agent,
        });
      }
    }
    plurals ??= readListResource('lexicon', 'plural-references.txt').map((p) => p.split(' '));
    for (const plural of plurals.some((p) => p[0] === keys[i]) ? plurals : []) {
      if (plural.every((w, k) => keys[i + k] === w)) {
        const end = ws[i + plural.length - 1].end;
        out.push({ kind: 'plural', start: ws[i].start, end, key: plural.join(' ') });
      }
    }
    if (PRONOUNS.has(keys[i]) && !text.slice(ws[i].start, ws[i].end).includes('.')) {
      out.push({ kind: 'pronoun', start: ws[i].start, end: ws[i].end, key: keys[i] });
    }
  }
  return out;
}
