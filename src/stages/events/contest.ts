// An election read as a fight: "Clinton would beat Trump", "Cruz captured Texas", "the movement sweeping
// the country". A verb of winning (lexicon/event-contest-verbs.txt) done by political actors (government,
// party, legislature, elite) to political actors of their own country, or to that country as a place (a
// state, a district), is a contest, no assault or seizure. Armed forces, police and rebels stay out:
// "the army captured the town" is a seizure whoever holds it. Between the same political actors, an
// assault is an attack in words ("launched an attack on Obama"): criticism.
import { lexiconSet } from '../../knowledge/word-set.js';
import type { ActorMention } from './actors.js';

const contestVerbs = lexiconSet('event-contest-verbs.txt');
const POLITICAL = new Set(['GOV', 'PTY', 'LEG', 'ELI']);

const country = (a: ActorMention) => a.code.slice(0, 3);
const sector = (a: ActorMention) => a.code.slice(3, 6);

export function isContest(
  verb: string,
  source: readonly ActorMention[],
  target: readonly ActorMention[],
): boolean {
  return contestVerbs().has(verb) && politicalRivals(source, target);
}

/**
 * "Trump launched an attack on Obama", "Christie's attacks against Rubio": an assault between the same
 * political actors is an attack in words, criticism (CAMEO 111), no use of force.
 */
export function isPoliticalAttack(
  type: string,
  source: readonly ActorMention[],
  target: readonly ActorMention[],
): boolean {
  return type === 'ASSAULT' && politicalRivals(source, target);
}

/** Political actors of one country on both sides (the target may be that country as a place). */
function politicalRivals(source: readonly ActorMention[], target: readonly ActorMention[]): boolean {
  if (source.length === 0 || target.length === 0) return false;
  const own = country(source[0]);
  return (
    source.every((a) => country(a) === own && POLITICAL.has(sector(a))) &&
    target.every((a) => country(a) === own && (POLITICAL.has(sector(a)) || sector(a) === ''))
  );
}
