// Pages often print a photo caption twice (once under the image, once in a gallery or a share card),
// sometimes with small differences ("North Koreas" / "North Korea's"). Captions this similar are one.
import type { Caption } from '../doc/schema.js';
import { similarity } from './similarity.js';

/** Two captions at least this similar (character-trigram Dice) are the same caption. */
export const SAME_CAPTION = 0.9;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

/**
 * One caption per group of near-identical ones. Of the variants, the one whose words the body uses
 * most is kept (it is the likelier correct spelling); on a tie, the first.
 */
export function collapseCaptions(captions: readonly Caption[], body: string): Caption[] {
  const vocabulary = new Set(words(body));
  const support = (c: Caption) => words(c.text).filter((w) => vocabulary.has(w)).length;
  const groups: Caption[][] = [];
  for (const caption of captions) {
    const group = groups.find((g) => similarity(g[0].text, caption.text) >= SAME_CAPTION);
    if (group) group.push(caption);
    else groups.push([caption]);
  }
  return groups.map((group) => group.reduce((best, c) => (support(c) > support(best) ? c : best)));
}
