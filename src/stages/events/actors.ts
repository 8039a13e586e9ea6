// Who did it to whom: the actor mentions (mentions of entities with a CAMEO actor code) on either side of a
// trigger, with coordination ("Russia and China"), passives ("were imposed by …") and shared subjects.
import type { AnalyzedArticle, EventActor, Mention } from '../../doc/schema.js';
import { readListResource } from '../../resources.js';

export interface ActorMention {
  start: number;
  end: number;
  entity: string;
  code: string;
  /** a person named (the NER's PER): the one a title before it describes */
  person?: boolean;
}

/** Mentions whose entity carries an actor code, in text order. */
export function actorMentions(doc: AnalyzedArticle): ActorMention[] {
  const entities = doc.entities ?? [];
  const mentions: readonly Mention[] = doc.mentions ?? [];
  const byMention = new Map<number, { id: string; code: string }>();
  const byId = new Map<string, { id: string; code: string }>();
  for (const entity of entities) {
    if (!entity.actor?.code) continue;
    const value = { id: entity.id, code: entity.actor.code };
    byId.set(entity.id, value);
    for (const m of entity.mentions) byMention.set(m, value);
  }
  const out: ActorMention[] = [];
  mentions.forEach((m, i) => {
    const actor = byMention.get(i) ?? (m.entity ? byId.get(m.entity) : undefined);
    if (actor) {
      const person = m.type === 'PER' ? { person: true } : {};
      out.push({ start: m.start, end: m.end, entity: actor.id, code: actor.code, ...person });
    }
    // "they" / "the allies" standing for several entities: one actor mention each, on the same span
    else if (m.entities) {
      for (const id of m.entities) {
        const member = byId.get(id);
        if (member) out.push({ start: m.start, end: m.end, entity: member.id, code: member.code });
      }
    }
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // a mention inside another ("South Korean" in "South Korean navies") is part of it, not another actor:
  // sorted so, a longer mention holding `a` comes before it; keep the furthest end seen and, of the
  // mentions reaching it, the earliest start
  let furthest = -1;
  let furthestStart = Number.POSITIVE_INFINITY;
  return out.filter((a) => {
    const inside = furthest > a.end || (furthest === a.end && furthestStart < a.start);
    if (a.end > furthest) {
      furthest = a.end;
      furthestStart = a.start;
    }
    return !inside;
  });
}

/** Text between two actor mentions that joins them into one coordinated group ("A and B", "A, along with B"). */
const COORDINATION =
  /^\s*(?:,|and|,\s*and|&|,?\s*(?:(?:along|together)\s+with|as\s+well\s+as))\s*(?:the\s+)?$/i;
/** A link that closes a list, so that the commas before it join rather than set off an apposition. */
const CONJUNCTION = /\band\b|&|\bwith\b|\bas\s+well\s+as\b/i;
/** Text that a subject or object may not reach across. */
const BARRIER = /[;:"“”()]/;
const MAX_GAP = 90;
/** A place the event happens in ("in Pyongyang", "in southeast Turkey", "off South Korea's … Jeju") is neither side. */
const LOCATIVE =
  /\b(?:in|at|off|near|outside|inside|around|across|within|throughout)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+)?$/i;
/** ", the leader of" between a head and the actor in its appositive */
const APPOSITIVE = /^\s*,\s*(?:the\s+)?[\w\s-]{0,40}\b(?:of|from)\s+(?:the\s+)?$/i;

/** ", a key U.S. ally …", ", all close U.S. allies …" opening an appositive noun phrase (lexicon/appositive-openers.txt) */
let nounAppositive: RegExp | undefined;
function isNounAppositive(opening: string): boolean {
  nounAppositive ??= new RegExp(
    `^\\s*,\\s*(?:${readListResource('lexicon', 'appositive-openers.txt').join('|')})\\b[^,]*$`,
    'i',
  );
  return nounAppositive.test(opening);
}
/** "(SSS)": an acronym in parentheses after a name */
const ACRONYM = /^\s*\(\s*[\p{Lu}\p{N}.&-]{2,10}\s*\)/u;

const locative = (text: string, from: number, a: ActorMention) =>
  LOCATIVE.test(text.slice(Math.max(from, a.start - 30), a.start));

/** The words of a title between a country and a person ("President", "Prime Minister", "'s foreign minister"). */
const TITLE_LINK = /^(?:['’]s?)? +(?:[\p{L}.-]+ +){1,4}$/u;

/** True when `left` is the bare country of a title whose person is `right` ("Libyan leader Muammar Gaddafi"). */
const titled = (left: ActorMention, link: string, right: ActorMention) =>
  right.person === true &&
  left.code.length === 3 &&
  right.code.startsWith(left.code) &&
  TITLE_LINK.test(link);

/** The coordinated group of actor mentions ending at (or starting at) `seed`, growing in `direction`. */
function group(
  text: string,
  actors: readonly ActorMention[],
  seed: number,
  direction: -1 | 1,
): ActorMention[] {
  const out = [actors[seed]];
  const links: string[] = [];
  let edge = actors[seed];
  for (let i = seed + direction; i >= 0 && i < actors.length; i += direction) {
    const [left, right] = direction === -1 ? [actors[i], edge] : [edge, actors[i]];
    // "they" standing for "Chinese and Russian officials": one mention, one actor per entity
    if (left.start === right.start && left.end === right.end) {
      out.push(actors[i]);
      continue;
    }
    const link = text.slice(left.end, right.start);
    if (titled(left, link, right)) {
      // "Bulgarian President Todor Zhivkov": the country of the title is the person's, not another actor
      if (direction === 1) out[out.length - 1] = right;
      edge = actors[i];
      continue;
    }
    if (!COORDINATION.test(link)) break;
    out.push(actors[i]);
    edge = actors[i];
    links.push(link);
  }
  // commas alone make a list only when an "and" closes it ("Russia, China and Iran"); else they set off
  // an apposition ("Pyongyang, North Korea")
  const head = out[0];
  const kept = links.some((l) => CONJUNCTION.test(l))
    ? out
    : out.filter((a) => a.start === head.start && a.end === head.end);
  return direction === -1 ? kept.reverse() : kept;
}

/** The actor group closest before `at` within the sentence, not across a barrier. */
export function subjectBefore(
  text: string,
  actors: readonly ActorMention[],
  from: number,
  at: number,
): ActorMention[] {
  let seed = -1;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.start >= from && a.end <= at && !locative(text, from, a)) seed = i;
  }
  if (seed === -1) return [];
  // "Kim Jong Un, the leader of North Korea, held …", "Pakistan, a key U.S. ally, has refused …": the
  // head of an appositive is the subject
  const previous = actors[seed - 1];
  const opening = previous ? text.slice(previous.end, actors[seed].start) : '';
  const closing = text.slice(actors[seed].end, at);
  const inAppositive =
    APPOSITIVE.test(opening) || (isNounAppositive(opening) && /^[^,]*,[^,]*$/.test(closing));
  if (previous && previous.start >= from && inAppositive) seed--;
  // an acronym in parentheses after a name ("the Workers' Union (SSS) stopped …") is no barrier
  const gap = text.slice(actors[seed].end, at).replace(ACRONYM, '');
  if (gap.length > MAX_GAP || BARRIER.test(gap)) return [];
  return group(text, actors, seed, -1);
}

/** "'s annexation of ": between the possessor of an event noun and the actor the noun is about */
const POSSESSED_EVENT = /^['’]s?\s+(?:[\p{L}-]+\s+){1,3}(?:of|on|against|in|to|with|for)\s+(?:the\s+)?$/u;

/**
 * The head of a noun phrase whose last actor group is `side`: the possessor when the phrase is "X's
 * event of Y" ("Russia's annexation of Crimea was condemned": Russia is what was condemned), else `side`.
 */
export function phraseHead(
  text: string,
  actors: readonly ActorMention[],
  side: ActorMention[],
): ActorMention[] {
  if (side.length === 0) return side;
  const first = actors.indexOf(side[0]);
  const possessor = actors[first - 1];
  if (!possessor || !POSSESSED_EVENT.test(text.slice(possessor.end, side[0].start))) return side;
  return group(text, actors, first - 1, -1);
}

/** A place inside the subject ("Opposition groups in Zimbabwe are demanding …"), no further than this before the verb. */
const PLACE_SUBJECT_GAP = 40;

/**
 * When no actor is the subject, the country of a place the subject is located in stands for it:
 * "students throughout Indonesia staged …" are Indonesian actors.
 */
export function placeSubject(
  text: string,
  actors: readonly ActorMention[],
  from: number,
  at: number,
): ActorMention[] {
  const place = actors.findLast((a) => a.start >= from && a.end <= at && locative(text, from, a));
  if (!place) return [];
  const gap = text.slice(place.end, at);
  return gap.length <= PLACE_SUBJECT_GAP && !/[,;:"“”()]/.test(gap) ? [place] : [];
}

/** "at" right after the verb is what the verb aims at, not where it happens ("lashed out at Lithuania", "fired at"). */
const AT_VERB = /^\s*at\s+(?:the\s+)?$/i;

/** The first actor group after `at` within the sentence, not across a barrier nor after a locative. */
export function objectAfter(
  text: string,
  actors: readonly ActorMention[],
  at: number,
  to: number,
): ActorMention[] {
  const seed = actors.findIndex(
    (a) => a.start >= at && a.end <= to && (!locative(text, at, a) || AT_VERB.test(text.slice(at, a.start))),
  );
  if (seed === -1) return [];
  const gap = text.slice(at, actors[seed].start);
  if (gap.length > MAX_GAP || BARRIER.test(gap)) return [];
  return group(text, actors, seed, 1);
}

/**
 * The country named as the place of the event after the trigger ("lifted a curfew in Montenegro"), as
 * the target of an event that has none — PLOVER's gold records infer targets from such places — unless
 * it is the country of a source ("the US and South Korean navies held exercises off South Korea").
 */
export function placeTarget(
  text: string,
  actors: readonly ActorMention[],
  at: number,
  to: number,
  sources: readonly ActorMention[],
): ActorMention[] {
  const own = new Set(sources.map((a) => a.code.slice(0, 3)));
  const place = actors.find(
    (a) => a.start >= at && a.end <= to && locative(text, at, a) && !own.has(a.code.slice(0, 3)),
  );
  return place ? [place] : [];
}

/** The actor group whose last mention ends right at `at`, with only spaces between ("Russia and China's"). */
export function groupEndingAt(text: string, actors: readonly ActorMention[], at: number): ActorMention[] {
  const seed = actors.findLastIndex((a) => a.end <= at && text.slice(a.end, at).trim() === '');
  return seed === -1 ? [] : group(text, actors, seed, -1);
}

/** The first actor group of the sentence: the subject of its main clause. */
export function sentenceSubject(text: string, actors: readonly ActorMention[], from: number, to: number) {
  const seed = actors.findIndex((a) => a.start >= from && a.end <= to);
  return seed === -1 ? [] : group(text, actors, seed, 1);
}

/**
 * An event actor from a group: the first actor's code, every code when they differ, entity ids;
 * `inferred` when the group is a place standing for people the text does not name.
 */
export function eventActor(group: readonly ActorMention[], inferred = false): EventActor | null {
  if (group.length === 0) return null;
  const codes = [...new Set(group.map((a) => a.code))];
  const entities = [...new Set(group.map((a) => a.entity))];
  const actor: EventActor =
    codes.length > 1 ? { code: codes[0], codes, entities } : { code: codes[0], entities };
  if (inferred) actor.inferred = true;
  return actor;
}

let domestic: Map<string, string> | null = null;

/**
 * The inferred target of an event of a type always done to someone whose text names no target: the
 * source's own country, in the sector lexicon/event-domestic-targets.tsv gives ("students protested" →
 * the government of the students' country). Null when the sources are not all of one country, or are
 * themselves of that sector.
 */
export function domesticTarget(
  doc: AnalyzedArticle,
  type: string,
  sources: readonly ActorMention[],
  countries: () => ReadonlyMap<string, unknown>,
): EventActor | null {
  domestic ??= new Map(
    readListResource('lexicon', 'event-domestic-targets.tsv').map((l) => l.split('\t') as [string, string]),
  );
  const sector = domestic.get(type);
  if (!sector || sources.length === 0) return null;
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const own = new Set(sources.map((a) => byId.get(a.entity)?.actor?.country ?? ''));
  const [country] = own;
  if (own.size !== 1 || !countries().has(country)) return null;
  // a government protesting addresses someone else than itself
  if (sources.some((a) => byId.get(a.entity)?.actor?.sector === sector)) return null;
  return { code: `${country}${sector}`, entities: [], inferred: true };
}
