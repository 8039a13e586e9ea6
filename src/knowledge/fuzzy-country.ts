// Misspelt country names and demonyms ("Ethopia", "Ghanians"): one letter left out, added, changed or
// two swapped, in a word of six letters or more. Looked up through the words' one-deletion variants
// (symmetric delete), indexed on first use.
import type { KnowledgeBase, NameHit } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import type { Match, NameMatch } from './scan.js';

const MIN_LENGTH = 6;
const indexes = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function index(kb: KnowledgeBase): Map<string, Set<string>> {
  let variants = indexes.get(kb);
  if (variants) return variants;
  variants = new Map();
  for (const [key, hits] of kb.names) {
    if (key.length < MIN_LENGTH || key.includes(' ') || !hits.some((h) => h.entry.kind === 'country'))
      continue;
    for (const v of deletions(key)) {
      const keys = variants.get(v) ?? new Set<string>();
      keys.add(key);
      variants.set(v, keys);
    }
  }
  indexes.set(kb, variants);
  return variants;
}

/** The country hits of the one word within one edit of `word`, or undefined if none or several are. */
export function fuzzyCountry(kb: KnowledgeBase, word: string): NameHit[] | undefined {
  if (word.length < MIN_LENGTH) return undefined;
  const variants = index(kb);
  const found = new Set<string>();
  for (const v of deletions(word)) for (const key of variants.get(v) ?? []) found.add(key);
  if (found.size !== 1) return undefined;
  const [key] = found;
  return kb.names.get(key)?.filter((h) => h.entry.kind === 'country' && !h.place);
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
  const taken = new Set(
    matches.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)),
  );
  for (const [i, w] of ws.entries()) {
    if (taken.has(i) || !UPPER.test(text[w.start])) continue;
    const inName = [ws[i - 1], ws[i + 1]].some((n) => n && UPPER.test(text[n.start]));
    if (inName) continue;
    const hits =
      fuzzyCountry(kb, w.key) ?? (w.key.endsWith('s') ? fuzzyCountry(kb, w.key.slice(0, -1)) : undefined);
    if (!hits?.length) continue;
    const plural = !fuzzyCountry(kb, w.key);
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
