// The target of a reply that names none: "China's military began exercises around Taiwan. … Taiwan
// condemned what it called provocations" — the condemnation answers China. The event answered is a main
// event of one of the two sentences before, done to the source's country by another country's actor.
import type { Event, EventActor } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';

const responseTypes = lexiconSet('event-response-types.txt');
const country = (actor: EventActor) => actor.code.slice(0, 3);

/** The source of the earlier event this one answers, as an inferred target. */
export function responseTarget(
  earlier: readonly Event[],
  sentence: number,
  type: string,
  source: EventActor | null,
): EventActor | null {
  if (!source || !responseTypes().has(type)) return null;
  const own = country(source);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.sentence >= sentence) continue;
    if (e.sentence < sentence - 2) break;
    if (e.subordinate || !e.source || !e.target || e.source.inferred) continue;
    if (country(e.target) === own && country(e.source) !== own) return { ...e.source, inferred: true };
  }
  return null;
}
