// An institution named without its country ("Congress", "the Supreme Court", "Republicans") is, in news,
// one of the country the article is about: domestic reporting does not repeat it. The sentence's own
// country comes first (the actor coder's context rule); this is for the phrases whose sentence names none.
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { LinkedEntity } from './entities.js';

/** The country most of the article's name mentions are of, if one leads the others. */
function principalCountry(entities: readonly LinkedEntity[], kb: KnowledgeBase): string {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const country = e.actor?.country ?? '';
    if (kb.countries.has(country)) counts.set(country, (counts.get(country) ?? 0) + e.named);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : '';
}

/**
 * Gives the entities coded by a sector alone the article's principal country, marked as inferred from it
 * (`countryFrom: 'article'`). Not to what the knowledge
 * base knows as countryless (international media: Reuters, MED) nor to a religion ("Muslims": MOS).
 */
export function placeInArticleCountry(entities: readonly LinkedEntity[], kb: KnowledgeBase): void {
  const country = principalCountry(entities, kb);
  if (!country) return;
  for (const e of entities) {
    const actor = e.actor;
    if (!actor || actor.country || !actor.sector || e.kb || kb.religions.has(actor.sector)) continue;
    e.actor = { code: country + actor.code, country, sector: actor.sector, countryFrom: 'article' };
  }
}
