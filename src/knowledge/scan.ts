// Finds knowledge-base names and agent (sector) nouns in a run of words, longest match first.
import type { KnowledgeBase, NameHit } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import { givenNameFits, shortenedName } from './shortened-name.js';
import { lexiconSet } from './word-set.js';

export interface NameMatch {
  kind: 'name';
  /** index of the first and one past the last word */
  first: number;
  last: number;
  hits: NameHit[];
  /** matched as the plural of a demonym ("Algerians"): the country's people */
  plural?: true;
  /** matched by a person's surname alone ("Mugabe"): kept only where the context allows (context-rules.ts) */
  surname?: true;
  /** matched by part of a person's full name ("Carlos Menem", shortened-name.ts) */
  shortened?: true;
}

export interface AgentMatch {
  kind: 'agent';
  first: number;
  last: number;
  /** "~GOV" (roles after the country) or "IGO~" (put before it) */
  code: string;
}

export type Match = NameMatch | AgentMatch;

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const nameArticles = lexiconSet('name-articles.txt');
const stancePrefixes = lexiconSet('stance-prefixes.txt');
const nameParticles = lexiconSet('name-particles.txt');
const sponsorParticiples = lexiconSet('sponsor-participles.txt');

/** True when word i is hyphened to a stance prefix before it ("anti-Syria"): what is opposed, not who. */
function afterStance(text: string, ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  return (
    prev !== undefined &&
    prev.end === ws[i].start - 1 &&
    text[prev.end] === '-' &&
    stancePrefixes().has(prev.key)
  );
}

/** True when the word after word i is a sponsor's participle hyphened to it ("Iranian-backed"): who backs, not who. */
export function beforeSponsor(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  return (
    next !== undefined &&
    next.start === ws[i].end + 1 &&
    text[ws[i].end] === '-' &&
    sponsorParticiples().has(next.key)
  );
}

/** True when word i may begin a name: capitalised, or an article hyphened to a capitalised word ("al-Qaeda"). */
function nameStart(text: string, ws: readonly Word[], i: number): boolean {
  if (CAPITALISED.test(text[ws[i].start])) return true;
  const next = ws[i + 1];
  return (
    next !== undefined &&
    text[ws[i].end] === '-' &&
    next.start === ws[i].end + 1 &&
    CAPITALISED.test(text[next.start]) &&
    nameArticles().has(ws[i].key)
  );
}

/**
 * A key that may be a plural demonym: its last word has five letters or more and ends in "s" ("Serbs",
 * "South Koreans"; not "USS").
 */
function pluralOfName(key: string): boolean {
  return key.length - key.lastIndexOf(' ') > 5 && key.endsWith('s');
}

/** "Algerians", "Sri Lankans" → the country of "Algerian": the dictionaries list no plural demonyms. */
function nameHits(kb: KnowledgeBase, key: string): NameHit[] | undefined {
  const hits = kb.names.get(key);
  if (hits || !pluralOfName(key)) return hits;
  // a state's people, not an organisation's members ("Aid Groups" is no plural of Phoenix's "Aid Group")
  const singular = kb.names
    .get(key.slice(0, -1))
    ?.filter(
      (h) => h.entry.kind === 'country' && !h.place && kb.countries.has(h.entry.codes[0].code.slice(0, 3)),
    );
  return singular?.length ? singular : undefined;
}

/** True when words i and j are separated by nothing but spaces and j is capitalised: one longer name. */
function runsOn(text: string, ws: readonly Word[], i: number, j: number): boolean {
  const [a, b] = i < j ? [ws[i], ws[j]] : [ws[j], ws[i]];
  return (
    b !== undefined &&
    a !== undefined &&
    CAPITALISED.test(text[ws[j].start]) &&
    /^ +$/.test(text.slice(a.end, b.start))
  );
}

/** True when the word has no lower-case letter ("UN", "U.N."). */
function abbreviation(text: string, w: Word): boolean {
  for (let i = w.start; i < w.end; i++) {
    const ch = text[i];
    if (ch !== ch.toUpperCase()) return false;
  }
  return true;
}

/** How many words a name starting with `word` can have (0: none starts with it); 1 for a plural demonym. */
function nameSpan(kb: KnowledgeBase, word: string): number {
  return kb.nameSpans.get(word) ?? (pluralOfName(word) && kb.nameSpans.has(word.slice(0, -1)) ? 1 : 0);
}

function longest<T>(ws: readonly Word[], i: number, max: number, lookup: (key: string) => T | undefined) {
  let key = '';
  let best: { last: number; value: T } | null = null;
  for (let j = i; j < ws.length && j < i + max; j++) {
    key = j === i ? ws[j].key : `${key} ${ws[j].key}`;
    const value = lookup(key);
    if (value !== undefined) best = { last: j + 1, value };
  }
  return best;
}

/**
 * Scans `ws` (words of `text`) left to right. A name must start with a capital letter, so "us" and "chad"
 * in lower case are not countries; agent nouns match in any case. The longer match wins; a name wins a tie.
 */
export function scanWords(text: string, ws: readonly Word[], kb: KnowledgeBase): Match[] {
  const matches: Match[] = [];
  let consumed = 0;
  for (let i = 0; i < ws.length; ) {
    const start = nameStart(text, ws, i) && !afterStance(text, ws, i);
    let name = start ? longest(ws, i, nameSpan(kb, ws[i].key), (k) => nameHits(kb, k)) : null;
    // a person by part of their full name ("Carlos Menem")
    const shortened = !name && start ? shortenedName(text, ws, i, kb) : null;
    if (shortened) name = { last: shortened.last, value: [{ entry: shortened.entry }] };
    // a surname stands alone: not before a particle of a longer name ("Tamim bin Hamad")
    const person =
      !name && start && !nameParticles().has(ws[i + 1]?.key ?? '') ? kb.surnames.get(ws[i].key) : undefined;
    if (person) name = { last: i + 1, value: [{ entry: person }] };
    // a name of one short word is an abbreviation and must be written as one: "UN", "U.N.", not "Un" or "Us"
    if (name && name.last === i + 1 && ws[i].key.length <= 3 && !abbreviation(text, ws[i])) name = null;
    if (name && beforeSponsor(text, ws, name.last - 1)) name = null;
    // a one-word name of a person or organisation inside a longer unknown name ("Hassan" in "Omar Hassan
    // al-Bashir") is not theirs; a longer one ("Korean Central News Agency") stands on its own
    // "Boris Yeltsin": a surname after one capitalised word that may be the person's given name is the person
    const given =
      person &&
      i > consumed &&
      runsOn(text, ws, i, i - 1) &&
      !(i - 1 > consumed && runsOn(text, ws, i - 1, i - 2)) &&
      !runsOn(text, ws, i, i + 1) &&
      givenNameFits(kb, person, ws[i - 1].key);
    if (
      !given &&
      name?.last === i + 1 &&
      name.value.every((h) => h.entry.kind === 'actor') &&
      ((i > consumed && runsOn(text, ws, i, i - 1)) || runsOn(text, ws, name.last - 1, name.last))
    ) {
      name = null;
    }
    const agent = longest(ws, i, kb.agentSpans.get(ws[i].key) ?? 0, (k) => kb.agents.get(k));
    if (name && (!agent || name.last >= agent.last)) {
      const plural =
        !person &&
        !shortened &&
        !kb.names.has(
          ws
            .slice(i, name.last)
            .map((w) => w.key)
            .join(' '),
        );
      matches.push({
        kind: 'name',
        first: given ? i - 1 : i,
        last: name.last,
        hits: name.value,
        ...(plural ? { plural: true } : {}),
        ...(person && !given ? { surname: true } : {}),
        ...(shortened || given ? { shortened: true } : {}),
      });
      i = name.last;
      consumed = i;
    } else if (agent) {
      matches.push({ kind: 'agent', first: i, last: agent.last, code: agent.value });
      i = agent.last;
      consumed = i;
    } else {
      i++;
    }
  }
  return matches;
}
