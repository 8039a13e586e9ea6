// Linking what refers without naming: "the North"/"the South" (and "the South's navy"), plural
// references ("the two countries", "the allies") and pronouns.
import type { Mention } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import { codeActor } from '../../knowledge/actor-coder.js';
import type { Special } from './candidates.js';
import type { LinkContext } from './context.js';
import type { LinkedEntity } from './entities.js';

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her']);
const PLURAL = new Set(['they', 'them', 'their']);

/** Entities last mentioned in [since, before), the latest first (filtered before sorting: pronouns look back a sentence or two). */
function recentFirst(c: LinkContext, before: number, since = Number.NEGATIVE_INFINITY): LinkedEntity[] {
  return c.table.entities.filter((e) => e.last < before && e.last >= since).sort((a, b) => b.last - a.last);
}

/** The latest entity of each country, the countries themselves ("North Korea") before their actors. */
function recentCountries(c: LinkContext, before: number): LinkedEntity[] {
  const byCountry = new Map<string, LinkedEntity>();
  const recent = recentFirst(c, before);
  const bare = recent.filter((x) => x.actor && x.actor.code === x.actor.country);
  for (const e of [...bare, ...recent]) {
    const country = e.actor?.country;
    if (country && country.length === 3 && !byCountry.has(country)) byCountry.set(country, e);
  }
  return [...byCountry.values()];
}

/** "the South": the country named earlier whose name has that word; "the South's navy": its navy. */
function linkCompass(c: LinkContext, s: Special, ner: readonly Mention[]): void {
  const country = recentFirst(c, s.start).find((e) => e.kb === e.actor?.country && e.words.has(s.key));
  if (!country?.actor) return;
  country.last = s.start;
  const word = span(c.text, s.start, s.start + s.key.length);
  const tagged = ner.find((m) => m.start === word.start && m.end === word.end);
  c.out.push({ ...(tagged ?? { ...word, type: country.type }), entity: country.id, form: 'nominal' });
  if (!s.agent?.code.startsWith('~')) return;
  const text = c.text.slice(s.start, s.end);
  const noun = text.slice(s.key.length).replace(/^['’]s\s+|^\s+/, '');
  const coded = codeActor(`${country.name} ${noun}`, c.kb, { date: c.date });
  const e = c.table.resolve({ start: s.start, text, type: 'ORG', form: 'nominal', coded, words: [] });
  c.out.push({ ...span(c.text, s.start, s.end), type: 'ORG', entity: e.id, form: 'nominal' });
}

/** "the two countries" → the two countries named last; "the allies" → the last coordination. */
function linkPlural(c: LinkContext, s: Special): void {
  const members =
    s.key === 'the allies' && c.lastGroup.length > 1 ? c.lastGroup : recentCountries(c, s.start).slice(0, 2);
  if (members.length < 2) return;
  const ids = members.map((e) => e.id);
  c.out.push({ ...span(c.text, s.start, s.end), type: 'ORG', entities: ids, form: 'nominal' });
}

/** A pronoun: the one compatible entity close before it (a person in this or the last sentence), or nothing. */
function linkPronoun(c: LinkContext, s: Special): void {
  // "they" after a coordination in the same or the last sentence ("The US and South Korean navies … what
  // they call") refers to the whole group.
  if (
    PLURAL.has(s.key) &&
    c.lastGroup.length > 1 &&
    c.lastGroup.every((e) => e.last >= c.previousSentenceStart)
  ) {
    c.out.push({
      ...span(c.text, s.start, s.end),
      type: 'ORG',
      entities: c.lastGroup.map((e) => e.id),
      form: 'pronoun',
    });
    return;
  }
  const personal = PERSONAL.has(s.key);
  const window = personal ? c.previousSentenceStart : c.sentence.start;
  const candidates = recentFirst(c, s.start, window).filter((e) =>
    personal ? e.type === 'PER' : e.type !== 'PER',
  );
  const nearest = candidates[0];
  if (!nearest || (personal && candidates.some((e) => e !== nearest))) return;
  nearest.last = s.start;
  c.out.push({ ...span(c.text, s.start, s.end), type: nearest.type, entity: nearest.id, form: 'pronoun' });
}

export function linkSpecial(c: LinkContext, s: Special, ner: readonly Mention[]): void {
  if (s.kind === 'compass') linkCompass(c, s, ner);
  else if (s.kind === 'plural') linkPlural(c, s);
  else linkPronoun(c, s);
}
