// The tense of the clause around a time expression, from the nearest tense-bearing word in its
// sentence: future auxiliaries (will, would, scheduled …), past auxiliaries and verbs (was, said,
// -ed forms), present auxiliaries. POS tags are not needed.
import { timeLexicon } from './lexicon.js';
import type { Tense } from './rule.js';

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/g;
// -ed words that are not past verbs.
const NOT_PAST =
  /^(?:need|indeed|speed|seed|feed|breed|bleed|deed|weed|red|bed|shed|hundred|united|wed|bred|sled|ted|ned|fred|ahmed|mohammed|mohamed|naked|wicked|sacred|kindred|aged|beloved|rugged)$/;

function classify(word: string): Tense | null {
  const w = word.toLowerCase();
  const lex = timeLexicon();
  if (lex.futureMarkers.has(w)) return 'future';
  if (lex.pastMarkers.has(w)) return 'past';
  if (lex.presentMarkers.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.test(w)) return 'past';
  return null;
}

/**
 * Tense of the clause containing [start, end) of `sentence` (offsets relative to the sentence):
 * the class of the nearest marker, preferring a future marker within a few words on the left.
 */
export function clauseTense(sentence: string, start: number, end: number): Tense {
  let best: Tense = 'present';
  let bestDistance = Number.POSITIVE_INFINITY;
  let found = false;
  for (const m of sentence.matchAll(WORD)) {
    const index = m.index ?? 0;
    if (index >= start && index < end) continue;
    const tense = classify(m[0]);
    if (!tense) continue;
    const distance = index < start ? start - index : index - end;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
      found = true;
    }
  }
  return found ? best : 'present';
}
