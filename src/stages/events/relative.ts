// Relative clauses that close before a verb: "The envoy, who met Putin on Monday, criticized Israel" —
// Putin is inside the envoy's noun phrase, not the subject of "criticized" (lexicon/relative-pronouns.txt).
import type { Token } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { auxiliaries } from './auxiliaries.js';

const pronouns = lexiconSet('relative-pronouns.txt');
const negators = lexiconSet('negators.txt');
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * Character ranges of the relative clauses of a sentence that end before its token `at`: one set off by
 * commas ends at its closing comma; one without ("officials who visited Israel last week met …") ends
 * before `at` when one finite verb of its own, and no punctuation, stands between the pronoun and `at`'s
 * auxiliaries (else `at` lies further on, past the clause's end that cannot be seen).
 */
export function closedRelatives(tokens: readonly Token[], at: number): { start: number; end: number }[] {
  const words = tokens.map((t) => t.text.toLowerCase());
  // the verb group of `at`: its auxiliaries and negation ("have not met")
  let group = at;
  while (group > 0 && (auxiliaries().has(words[group - 1]) || negators().has(words[group - 1]))) group--;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < group; i++) {
    if (!pronouns().has(words[i])) continue;
    if (words[i - 1] === ',') {
      const close = words.indexOf(',', i + 1);
      if (close !== -1 && close < group) out.push({ start: tokens[i].start, end: tokens[close].start });
      continue;
    }
    const inside = tokens.slice(i + 1, group);
    const finite = inside.filter((t) => FINITE.has(t.pos ?? '')).length;
    if (finite === 1 && inside.every((t) => /[\p{L}\p{N}]/u.test(t.text)))
      out.push({ start: tokens[i].start, end: tokens[group - 1].end });
  }
  return out;
}
