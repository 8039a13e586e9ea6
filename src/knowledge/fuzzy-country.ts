// Misspelt country names, demonyms and sector nouns ("Ethopia", "Ghanians", "peackeepers"): one letter
// left out, added, changed or two swapped, in a word long enough that such a slip leaves it unambiguous.
// Looked up through the words' one-deletion variants (symmetric delete), indexed on first use.
import type { KnowledgeBase, NameHit } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import { type AgentMatch, beforeSponsor, type Match, type NameMatch } from './scan.js';

const MIN_COUNTRY_LENGTH = 6;
const MIN_AGENT_LENGTH = 7;

type Variants = Map<string, Set<string>>;
const indexes = new WeakMap<KnowledgeBase, { countries: Variants; agents: Variants }>();

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function variantsOf(keys: Iterable<string>): Variants {
  const variants: Variants = new Map();
  for (const key of keys) {
    for (const v of deletions(key)) {
      const found = variants.get(v) ?? new Set<string>();
      found.add(key);
      variants.set(v, found);
    }
  }
  return variants;
}

function index(kb: KnowledgeBase): { countries: Variants; agents: Variants } {
  let built = indexes.get(kb);
  if (built) return built;
  const oneWord = (key: string, min: number) => key.length >= min && !key.includes(' ');
  const countries = [...kb.names]
    .filter(([key, hits]) => oneWord(key, MIN_COUNTRY_LENGTH) && hits.some((h) => h.entry.kind === 'country'))
    .map(([key]) => key);
  const agents = [...kb.agents.keys()].filter((key) => oneWord(key, MIN_AGENT_LENGTH));
  built = { countries: variantsOf(countries), agents: variantsOf(agents) };
  indexes.set(kb, built);
  return built;
}

/** The one key within one edit of `word`, or undefined if none or several are. */
function nearKey(variants: Variants, word: string): string | undefined {
  const found = new Set<string>();
  for (const v of deletions(word))
    for (const key of variants.get(v) ?? []) if (oneEdit(word, key)) found.add(key);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * True when a and b differ by one letter left out, added or changed, or two neighbours swapped (shared
 * deletions alone also pair words two edits apart: "peackeepers" and "peacekeeper").
 */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.slice(i + 1) === short.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The country hits of the one word within one edit of `word`, or undefined if none or several are. */
export function fuzzyCountry(kb: KnowledgeBase, word: string): NameHit[] | undefined {
  if (word.length < MIN_COUNTRY_LENGTH) return undefined;
  const key = nearKey(index(kb).countries, word);
  return key ? kb.names.get(key)?.filter((h) => h.entry.kind === 'country' && !h.place) : undefined;
}

const UPPER = /^\p{Lu}/u;

/**
 * When a phrase names nothing the knowledge base knows, a capitalised word may be a misspelt country; not
 * a word of a longer name ("Hassan" in "Omar Hassan al-Bashir" is no misspelt Aswan).
 */
export function withMisspeltCountry(
  text: string,
  ws: readonly Word[],
  matches: Match[],
  kb: KnowledgeBase,
): Match[] {
  if (matches.some((m) => m.kind === 'name')) return matches;
  const taken = takenWords(matches);
  for (const [i, w] of ws.entries()) {
    if (taken.has(i) || !UPPER.test(text[w.start]) || beforeSponsor(text, ws, i)) continue;
    const inName = [ws[i - 1], ws[i + 1]].some((n) => n && UPPER.test(text[n.start]));
    if (inName) continue;
    const direct = fuzzyCountry(kb, w.key);
    const hits = direct ?? (w.key.endsWith('s') ? fuzzyCountry(kb, w.key.slice(0, -1)) : undefined);
    if (!hits?.length) continue;
    const plural = !direct;
    const match: NameMatch = {
      kind: 'name',
      first: i,
      last: i + 1,
      hits,
      ...(plural ? { plural: true as const } : {}),
    };
    return [...matches, match].sort((a, b) => a.first - b.first);
  }
  return matches;
}

/** When a phrase has no sector noun, a lower-case word may be a misspelt one ("UN peackeepers"). */
export function withMisspeltAgent(
  text: string,
  ws: readonly Word[],
  matches: Match[],
  kb: KnowledgeBase,
): Match[] {
  if (matches.some((m) => m.kind === 'agent')) return matches;
  const taken = takenWords(matches);
  for (const [i, w] of ws.entries()) {
    if (taken.has(i) || UPPER.test(text[w.start]) || w.key.length < MIN_AGENT_LENGTH) continue;
    const key = nearKey(index(kb).agents, w.key);
    // a singular of a noun listed only in the plural is left out on purpose ("generals", not "the general public")
    const code = key && key !== `${w.key}s` ? kb.agents.get(key) : undefined;
    if (!code) continue;
    const match: AgentMatch = { kind: 'agent', first: i, last: i + 1, code };
    return [...matches, match].sort((a, b) => a.first - b.first);
  }
  return matches;
}

function takenWords(matches: readonly Match[]): Set<number> {
  return new Set(matches.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)));
}
