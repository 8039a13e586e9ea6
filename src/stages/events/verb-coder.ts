// The verb-pattern coder: finds verbs of the PETRARCH-2 CAMEO dictionary in a sentence and picks the most
// specific pattern of the verb's block that the words around it satisfy, giving a CAMEO code.
import type {
  CompiledPattern,
  PatternItem,
  VerbDictionary,
  VerbForm,
} from '../../knowledge/events-codebook.js';
import { verbDictionary } from '../../knowledge/events-codebook.js';
import { readListResource } from '../../resources.js';
import { auxiliaries, beForms } from './auxiliaries.js';
import { naming, transitiveUse } from './naming.js';

export interface VerbMatch {
  /** token range of the verb phrase ("met with") and the index of its verb word */
  start: number;
  end: number;
  head: number;
  /** CAMEO code of the source→target event, and of the target→source event ("faced criticism" = 111 reversed) */
  code: string | null;
  reverse: string | null;
  /** the pattern that decided the code, if any (else the verb's or its block's default) */
  pattern: CompiledPattern | null;
  /**
   * what decided the code: a pattern; the verb itself (its own code, or the block it names, as VISIT for
   * "visit"); or only the default of a block of loosely related verbs ("beat" in DESTROY)
   */
  basis: 'pattern' | 'verb' | 'block';
  /** tokens the pattern matched, and the first token after a matched preposition (its object) */
  matched: number[];
}

interface IndexedForm {
  words: string[];
  form: VerbForm;
}

let byFirstWord: Map<string, IndexedForm[]> | null = null;
function formIndex(dictionary: VerbDictionary): Map<string, IndexedForm[]> {
  if (byFirstWord) return byFirstWord;
  const index = new Map<string, IndexedForm[]>();
  for (const [key, form] of Object.entries(dictionary.forms)) {
    const words = key.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, form });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord = index;
  return index;
}

/** Words that end a clause for pattern matching. */
const BOUNDARY = new Set(['.', ';', ':', '"', '“', '”', '?', '!', '(', ')']);
/** Words before a verb form that show it is a noun ("the attack", "a meeting"). */
const NOUN_CONTEXT = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  "'s",
  'of',
]);
let eventNouns: Set<string> | null = null;

/**
 * "extradited suspected militants", "into alleged crimes": a participle between a verb (not an auxiliary)
 * or a preposition, or opening the sentence, and an adjective or noun modifies that noun.
 */
function adjectival(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  head: number,
  auxiliaries: ReadonlySet<string>,
): boolean {
  const before = pos[head - 1] ?? '';
  const after = pos[head + 1] ?? '';
  const governed = (before.startsWith('VB') && !auxiliaries.has(words[head - 1])) || before === 'IN';
  // "Newly appointed Prime Minister X has refused …": a participle opening the sentence's subject
  const opening = head === 0 || (head === 1 && before === 'RB');
  return (governed || opening) && (after === 'JJ' || after.startsWith('NN'));
}

/**
 * With part-of-speech tags: a verb, an event noun ("fierce fighting with …"), or a noun-tagged word
 * between a name and its object, which taggers get wrong ("that Israel ease restrictions").
 */
function verbal(words: readonly string[], pos: readonly (string | undefined)[], head: number): boolean {
  const tag = pos[head] ?? '';
  // "the alleged violations", "a planned visit": a participle after a determiner is an adjective
  if (tag === 'VBN' && NOUN_CONTEXT.has(words[head - 1] ?? '') && words[head - 1] !== 'of') return false;
  const aux = auxiliaries();
  if (tag === 'VBN' && adjectival(words, pos, head, aux)) return false;
  if (tag.startsWith('VB')) return true;
  // "are demanding autonomy": a progressive the tagger read as an adjective
  if (tag === 'JJ' && words[head].endsWith('ing') && aux.has(words[head - 1] ?? '')) return true;
  if (!tag.startsWith('NN')) return false;
  eventNouns ??= new Set(readListResource('lexicon', 'event-nouns.txt'));
  // an event noun heading a compound ("attack drones") modifies a thing and reports no event
  if (eventNouns.has(words[head])) return !(pos[head + 1] ?? '').startsWith('NN');
  const before = pos[head - 1] ?? '';
  const after = pos[head + 1] ?? '';
  // a name after a determiner, number or adjective modifies the noun with it ("two American aid
  // groups"): it is no subject
  if (before === 'NNP' && NP_INSIDE.test(pos[head - 2] ?? '')) return false;
  return tag === 'NN' && (before === 'NNP' || before === 'PRP') && (after === 'DT' || after === 'NNS');
}

/** Tags before a name that put it inside a noun phrase. */
const NP_INSIDE = /^(?:DT|CD|JJ|PRP\$|POS)$/;

/**
 * Without part-of-speech tags: a dictionary verb is read as a noun after a determiner ("the attack"), when
 * capitalized inside the sentence ("Bill", "March"), or when a verb follows it ("security forces killed").
 */
function looksNominal(
  words: readonly string[],
  head: number,
  capitalized: readonly boolean[] | undefined,
  index: Map<string, IndexedForm[]>,
): boolean {
  if (NOUN_CONTEXT.has(words[head - 1] ?? '')) return true;
  if (head > 0 && capitalized?.[head]) return true;
  const next = words[head + 1];
  if (next === undefined) return false;
  // "Ousted President …", "Newly appointed Prime Minister …": a participle opening a name is an adjective
  const opensName = head === 0 || words[head - 1].endsWith('ly');
  if (opensName && words[head].endsWith('ed') && capitalized?.[head + 1]) return true;
  // "Serb forces were …": an -s form before an auxiliary or a preposition is a plural noun
  if (words[head].endsWith('s') && AFTER_PLURAL.has(next)) return true;
  return /(ed|ing)$/.test(next) && index.has(next) && !/ing$/.test(words[head]);
}

const AFTER_PLURAL = new Set(['were', 'are', 'have', 'had', 'in', 'of', 'from', 'and', 'at', 'on']);

const PRE_WINDOW = 6;
const POST_WINDOW = 12;

const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** The multi-word alternatives of a list ("peacekeeping force"), split into words; computed once per list. */
const phrasesOf = new WeakMap<readonly string[], string[][]>();
function phrases(alternatives: readonly string[]): string[][] {
  let list = phrasesOf.get(alternatives);
  if (!list) {
    list = alternatives.filter((a) => a.includes(' ')).map((a) => a.split(' '));
    phrasesOf.set(alternatives, list);
  }
  return list;
}

/** Whether the word at `j` is one of the alternatives, or ends a multi-word one. */
function matchesAt(words: readonly string[], j: number, alternatives: readonly string[]): boolean {
  const word = words[j];
  if (alternatives.includes(word) || alternatives.includes(singular(word))) return true;
  return phrases(alternatives).some(
    (p) => p.length <= j + 1 && p.every((w, k) => words[j - p.length + 1 + k] === w),
  );
}

type Tags = readonly (string | undefined)[] | undefined;

/** A word tagged as a past verb heads no noun phrase: "delegates won by Rubio" holds no currency. */
const pastVerb = (pos: Tags, j: number) => pos?.[j] === 'VBD' || pos?.[j] === 'VBN';

/** Matches a noun phrase (head last, modifiers within three words before it) at or after `from`. */
function matchNp(
  words: readonly string[],
  pos: Tags,
  np: string[][],
  from: number,
  to: number,
  hit: number[],
): number {
  if (np.length === 0) return from;
  const head = np[np.length - 1];
  for (let j = from; j < to; j++) {
    if (!matchesAt(words, j, head) || pastVerb(pos, j)) continue;
    const mods: number[] = [];
    for (const alternatives of np.slice(0, -1)) {
      let found = -1;
      for (let k = Math.max(from, j - 3); k < j; k++) if (matchesAt(words, k, alternatives)) found = k;
      if (found === -1) break;
      mods.push(found);
    }
    if (mods.length === np.length - 1) {
      hit.push(...mods, j);
      return j + 1;
    }
  }
  return -1;
}

function matchItems(
  words: readonly string[],
  pos: Tags,
  items: readonly PatternItem[],
  from: number,
  to: number,
  hit: number[],
  /** the items follow the verb: a lone preposition is its particle ("called for", "calls on") */
  followsVerb = false,
) {
  let cursor = from;
  for (const item of items) {
    if (item.prep) {
      let p = cursor;
      while (p < to && !item.prep.includes(words[p])) p++;
      if (p >= to) return false;
      // a particle follows the verb, at most one word ("called Wednesday for") between: "calls Trump's
      // idea for a wall 'stupid'" is no call for anything
      if (followsVerb && items.length === 1 && item.np.length === 0 && p - from > 1) return false;
      hit.push(p);
      const after = matchNp(words, pos, item.np, p + 1, Math.min(to, p + 6), hit);
      if (after === -1) return false;
      cursor = item.np.length === 0 ? p + 1 : after;
    } else {
      cursor = matchNp(words, pos, item.np, cursor, to, hit);
      if (cursor === -1) return false;
    }
  }
  return true;
}

/** The window of a clause around token `at`: no further than `max` tokens nor across a boundary. */
function window(words: readonly string[], at: number, step: 1 | -1, max: number): number {
  let i = at;
  for (let n = 0; n < max; n++) {
    const next = i + step;
    if (next < 0 || next >= words.length || BOUNDARY.has(words[next])) break;
    // "demanded an admission by Moscow that … security forces …": a that-clause is another verb's
    if (step === 1 && words[next] === 'that') break;
    i = next;
  }
  return i;
}

/** How far the matched words lie from the verb at `at`, in tokens. */
const spread = (hit: readonly number[], at: number) => hit.reduce((sum, k) => sum + Math.abs(k - at), 0);

/** "Two hostages were freed", "were quickly signed": a participle after a form of "be" (adverbs between). */
function passive(words: readonly string[], pos: Tags, head: number): boolean {
  if (pos?.[head] !== 'VBN') return false;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    if (beForms().has(words[k])) return true;
    if (!(pos[k] ?? '').startsWith('RB')) return false;
  }
  return false;
}

/** A pattern that names only the verb's object ("FREE * &HOSTAGE"): in the passive, its subject. */
const objectOnly = (pattern: CompiledPattern) =>
  pattern.pre.length === 0 && pattern.post.length > 0 && pattern.post.every((item) => !item.prep);

function bestPattern(
  words: readonly string[],
  pos: Tags,
  patterns: readonly CompiledPattern[],
  base: string,
  start: number,
  end: number,
) {
  const preFrom = window(words, start, -1, PRE_WINDOW);
  const postTo = window(words, end - 1, 1, POST_WINDOW) + 1;
  const isPassive = passive(words, pos, start);
  let best: { pattern: CompiledPattern; hit: number[]; distance: number } | null = null;
  for (const pattern of patterns) {
    if (pattern.pre.length === 0 && pattern.post.length === 0) continue;
    if (pattern.verb !== undefined && pattern.verb !== base) continue;
    const hit: number[] = [];
    if (!matchItems(words, pos, pattern.pre, preFrom, start, hit)) continue;
    const matched = hit.length;
    if (!matchItems(words, pos, pattern.post, end, postTo, hit, true)) {
      hit.length = matched; // what a failed object match added
      // the object of a passive verb is its subject
      if (!(isPassive && objectOnly(pattern) && matchItems(words, pos, pattern.post, preFrom, start, hit)))
        continue;
    }
    // more matched words win; on a tie, the words nearer the verb (its own object rather than a later
    // clause's), then a pattern written for this very verb rather than for its block
    const distance = spread(hit, start);
    const better =
      !best ||
      hit.length > best.hit.length ||
      (hit.length === best.hit.length &&
        (distance < best.distance ||
          (distance === best.distance && pattern.verb !== undefined && best.pattern.verb === undefined)));
    if (better) best = { pattern, hit, distance };
  }
  return best;
}

/** Whether a block is named after the verb ("MEET_PEOPLE" for "meet"). */
const namesBlock = (block: string, base: string) => block.split('_')[0].toLowerCase() === base.split(' ')[0];

/**
 * CAMEO-coded verbs of a sentence. `words` are the lower-cased tokens; `pos` their Penn tags when the
 * syntax stage ran (a dictionary verb then counts only when tagged as a verb).
 */
export function codeVerbs(
  words: readonly string[],
  pos?: readonly (string | undefined)[],
  capitalized?: readonly boolean[],
  dictionary: VerbDictionary = verbDictionary(),
): VerbMatch[] {
  const index = formIndex(dictionary);
  const matches: VerbMatch[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (consumed.has(i)) continue; // "held talks": the noun a pattern matched is no second trigger
    const candidates = index.get(words[i]);
    if (!candidates) continue;
    const found = candidates.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (!found) continue;
    const head = i + found.form.head;
    if (consumed.has(head)) continue; // "went on strike": the pattern of "went" took "strike"
    const tag = pos?.[head];
    if (tag !== undefined ? !verbal(words, pos ?? [], head) : looksNominal(words, head, capitalized, index))
      continue;
    const end = i + found.words.length;
    const block = dictionary.blocks[found.form.block];
    // statement verbs (CAMEO 01: "said", "announced") introduce content whose own verbs get coded; a
    // verb with an own code of another kind is none ("consulted" 040 in the statement block CONFER)
    const own = found.form.own;
    if (block.code?.startsWith('01') && (!own || own.code?.startsWith('01'))) continue;
    const best = bestPattern(words, pos, block.patterns, found.form.base, i, end);
    // "called them a threat" names the object (no phone call); "demonstrated its resolve" is no protest
    const base = found.form.base;
    if (!best && pos && (naming(words, pos, head, base) || transitiveUse(pos, head, base))) continue;
    const code = best ? best.pattern : (found.form.own ?? block);
    if (code.code === null && code.reverse === null) continue;
    // "was going to do", "came to help": a verb of movement with "to" before a bare infinitive names a
    // purpose (or the future), not a destination; the infinitive carries the event
    if (code.code === '040' && found.words.at(-1) === 'to' && pos?.[end] === 'VB') continue;
    for (const k of best?.hit ?? []) consumed.add(k);
    // "began conducting airstrikes": when an earlier verb's pattern reached across this one to a noun this
    // one's pattern matches too, the noun is this verb's object and codes one event, this one
    const shared = matches.findIndex(
      (m) => m.end <= i && m.matched.some((k) => k >= end && best?.hit.includes(k)),
    );
    if (shared !== -1) matches.splice(shared, 1);
    matches.push({
      start: i,
      end,
      head,
      code: code.code,
      reverse: code.reverse,
      pattern: best?.pattern ?? null,
      basis: best ? 'pattern' : found.form.own || namesBlock(block.name, found.form.base) ? 'verb' : 'block',
      matched: best?.hit ?? [],
    });
    i = end - 1;
  }
  return matches;
}

/** How far after an event noun the head of its "of" object may be ("the expulsion of two diplomats"). */
const NOUN_COMPLEMENT = 5;

/**
 * The code the patterns of an event noun's verb give the noun's "of" object ("the withdrawal of troops"
 * is RETREAT's "* TROOPS", 0874, not the block's 080), or null. Only patterns whose first item is the
 * verb's object apply: another preposition ("a meeting with leaders") is no object of the verb.
 */
export function nounPatternCode(
  words: readonly string[],
  pos: Tags,
  verb: string,
  head: number,
  dictionary: VerbDictionary = verbDictionary(),
): string | null {
  const form = dictionary.forms[verb];
  if (!form || words[head + 1] !== 'of') return null;
  const best = bestPattern(
    words,
    pos,
    objectPatterns(dictionary.blocks[form.block]),
    form.base,
    head,
    head + 1,
  );
  if (!best || Math.min(...best.hit) > head + NOUN_COMPLEMENT) return null;
  return best.pattern.code;
}

/** A block's patterns whose first item is the verb's object, found once per block. */
const objectPatternsOf = new WeakMap<object, readonly CompiledPattern[]>();
function objectPatterns(block: { patterns: readonly CompiledPattern[] }): readonly CompiledPattern[] {
  let found = objectPatternsOf.get(block);
  if (!found) {
    found = block.patterns.filter(
      (p) =>
        p.pre.length === 0 &&
        p.post.length > 0 &&
        !p.post[0].prep &&
        p.post.every((item) => item.np.length > 0),
    );
    objectPatternsOf.set(block, found);
  }
  return found;
}
