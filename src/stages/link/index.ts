// Stage `link`: which real-world actor each mention is. Finds the actor phrases the NER leaves out
// (noun phrases, "the South", "the two countries", pronouns), groups all mentions into entities and
// codes each entity as a CAMEO actor valid at the article's date.

import type { Entity, Mention } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import type { CodedActor } from '../../knowledge/actor-code.js';
import { codeActor } from '../../knowledge/actor-coder.js';
import { codeMatches } from '../../knowledge/code-phrase.js';
import { type KnowledgeBase, knowledgeBase } from '../../knowledge/knowledge-base.js';
import { type Word, words } from '../../knowledge/phrase-key.js';
import { type Match, scanWords } from '../../knowledge/scan.js';
import { defineStage } from '../../pipeline/stage.js';
import { type Composite, findComposites, findSpecials, type Special } from './candidates.js';
import { EntityTable, type LinkedEntity } from './entities.js';

interface SentenceContext {
  text: string;
  sentence: { start: number; end: number };
  kb: KnowledgeBase;
  date: string | null;
  table: EntityTable;
  out: Mention[];
  /** the entities of the latest coordination ("The US and South Korean navies"), for "the allies" */
  lastGroup: LinkedEntity[];
  previousSentenceStart: number;
}

function keysOf(text: string, start: number, end: number): string[] {
  return words(text, start, end).map((w) => w.key);
}

function linkNer(
  c: SentenceContext,
  m: Mention,
  composites: readonly Composite[],
  titles: readonly Composite[],
): void {
  const inside = composites.find((x) => x.start <= m.start && m.end <= x.end);
  const conjunct = inside?.group !== undefined && inside.end <= m.end;
  if (conjunct) return; // a conjunct before the shared noun ("Chinese" in "Chinese and Russian officials"): coded with it
  // inside a phrase (or a person's title, "North Korean leader"), a name is coded alone, not with the noun after it
  const within = inside ?? titles.find((x) => x.start <= m.start && m.end <= x.end);
  const context = within ? undefined : c.text.slice(c.sentence.start, c.sentence.end);
  const coded = codeActor(m.text, c.kb, { context, date: c.date, countryFromContext: false });
  const e = c.table.resolve({
    start: m.start,
    text: m.text,
    type: m.type,
    form: 'name',
    coded,
    words: keysOf(c.text, m.start, m.end),
  });
  c.out.push({ ...m, entity: e.id, form: 'name' });
}

function linkComposite(
  c: SentenceContext,
  x: Composite,
  ws: readonly Word[],
  ner: readonly Mention[],
): LinkedEntity {
  const nameText = c.text.slice(ws[x.name.first].start, ws[x.name.last - 1].end);
  const agentText = x.agent ? c.text.slice(ws[x.agent.first].start, ws[x.agent.last - 1].end) : '';
  const phrase =
    x.end === ws[x.name.last - 1].end ? `${nameText} ${agentText}` : c.text.slice(x.start, x.end);
  const coded = codeMatches(phrase, ws, x.agent ? [x.name, x.agent] : [x.name], c.kb, c.date);
  const e = c.table.resolve({ start: x.start, text: phrase, type: 'ORG', form: 'nominal', coded, words: [] });
  const conjunct = x.group !== undefined && x.end === ws[x.name.last - 1].end;
  const same = ner.find((m) =>
    conjunct ? x.start <= m.start && m.end <= x.end : m.start === x.start && m.end === x.end,
  );
  if (same) c.out.push({ ...same, entity: e.id, form: 'name' });
  else
    c.out.push({
      ...span(c.text, x.start, x.end),
      type: 'ORG',
      ...subtype(coded),
      entity: e.id,
      form: 'nominal',
    });
  return e;
}

function subtype(coded: CodedActor | null): { subtype?: string } {
  return coded?.sector === 'MED' ? { subtype: 'MEDIA' } : {};
}

function recentCountries(c: SentenceContext, before: number): LinkedEntity[] {
  const byCountry = new Map<string, LinkedEntity>();
  // the countries themselves first, then any actor of a country
  const recent = [...c.table.entities].sort((a, b) => b.last - a.last).filter((e) => e.last < before);
  const bare = recent.filter((x) => x.actor && x.actor.code === x.actor.country);
  for (const e of [...bare, ...recent]) {
    const country = e.actor?.country;
    if (country && country.length === 3 && !byCountry.has(country)) byCountry.set(country, e);
  }
  return [...byCountry.values()];
}

function linkSpecial(c: SentenceContext, s: Special): void {
  const recent = [...c.table.entities].filter((e) => e.last < s.start).sort((a, b) => b.last - a.last);
  if (s.kind === 'compass') {
    const country = recent.find((e) => e.kb === e.actor?.country && e.words.has(s.key));
    if (!country?.actor) return;
    const roles = s.agent?.code.startsWith('~') ? s.agent.code.slice(1) : '';
    const text = c.text.slice(s.start, s.end);
    const coded = roles
      ? codeActor(`${country.name} ${text.split(/\s+/).slice(1).join(' ')}`, c.kb, { date: c.date })
      : null;
    const e = coded
      ? c.table.resolve({ start: s.start, text, type: 'ORG', form: 'nominal', coded, words: [] })
      : country;
    if (!coded) country.last = s.start;
    c.out.push({ ...span(c.text, s.start, s.end), type: e.type, entity: e.id, form: 'nominal' });
  } else if (s.kind === 'plural') {
    const members =
      s.key === 'the allies' && c.lastGroup.length > 1
        ? c.lastGroup
        : recentCountries(c, s.start).slice(0, 2);
    if (members.length < 2) return;
    c.out.push({
      ...span(c.text, s.start, s.end),
      type: 'ORG',
      entities: members.map((e) => e.id),
      form: 'nominal',
    });
  } else {
    // a pronoun: the one compatible entity close before it, or nothing
    const personal = ['he', 'him', 'his', 'she', 'her'].includes(s.key);
    const window = personal ? c.previousSentenceStart : c.sentence.start;
    const candidates = recent.filter(
      (e) => e.last >= window && (personal ? e.type === 'PER' : e.type !== 'PER'),
    );
    const nearest = candidates[0];
    if (!nearest || (personal && candidates.some((e) => e !== nearest))) return;
    nearest.last = s.start;
    c.out.push({ ...span(c.text, s.start, s.end), type: nearest.type, entity: nearest.id, form: 'pronoun' });
  }
}

/** Names the knowledge base knows (a person or organisation, not a country) that the NER missed. */
function missedNames(
  c: SentenceContext,
  ws: readonly Word[],
  matches: readonly Match[],
  covered: (s: number, e: number) => boolean,
) {
  const out: Mention[] = [];
  for (const m of matches) {
    if (m.kind !== 'name' || m.hits.every((h) => h.entry.kind === 'country')) continue;
    const start = ws[m.first].start;
    const end = ws[m.last - 1].end;
    if (!covered(start, end)) out.push({ ...span(c.text, start, end), type: 'ORG' });
  }
  return out;
}

export const linkStage = defineStage({
  name: 'link',
  requires: ['tokens', 'sentences', 'mentions'],
  produces: ['entities', 'mentions'],
  run(doc, ctx) {
    const kb = knowledgeBase(ctx.options.knowledgeFiles ?? []);
    const c: SentenceContext = {
      text: doc.text,
      sentence: { start: 0, end: 0 },
      kb,
      date: ctx.anchor ? ctx.anchor.slice(0, 10) : null,
      table: new EntityTable(),
      out: [],
      lastGroup: [],
      previousSentenceStart: 0,
    };
    const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const sentence of doc.sentences ?? []) {
      c.sentence = sentence;
      const ws = words(doc.text, sentence.start, sentence.end);
      const matches = scanWords(doc.text, ws, kb);
      // "North Korean leader Kim Jong Un": a title before a person's name is part of the person
      const found = findComposites(doc.text, ws, matches);
      const titles = found.filter((x) =>
        mentions.some(
          (m) => m.type === 'PER' && m.start > x.end && /^ +$/.test(doc.text.slice(x.end, m.start)),
        ),
      );
      const composites = found.filter((x) => !titles.includes(x));
      const specials = findSpecials(doc.text, ws, matches);
      const ner = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const covered = (s: number, e: number) =>
        ner.some((m) => m.start < e && s < m.end) || composites.some((x) => x.start < e && s < x.end);
      const items: Array<{ start: number; run: () => void }> = [
        ...[...ner, ...missedNames(c, ws, matches, covered)].map((m) => ({
          start: m.start,
          run: () => linkNer(c, m, composites, titles),
        })),
        ...composites.map((x) => ({
          start: x.start,
          run: () => {
            const e = linkComposite(c, x, ws, ner);
            if (x.group === undefined) return;
            const first = composites.find((y) => y.group === x.group);
            c.lastGroup = first === x ? [e] : [...c.lastGroup, e];
          },
        })),
        ...specials
          .filter((s) => !ner.some((m) => m.start <= s.start && s.end <= m.end))
          .map((s) => ({ start: s.start, run: () => linkSpecial(c, s) })),
      ];
      for (const item of items.sort((a, b) => a.start - b.start)) item.run();
      c.previousSentenceStart = sentence.start;
    }
    const out = c.out.sort((a, b) => a.start - b.start || b.end - a.end);
    const entities: Entity[] = c.table.entities.map(({ id, name, type, actor, kb: kbId }) => ({
      id,
      name,
      type,
      actor,
      mentions: out.flatMap((m, i) => (m.entity === id ? [i] : [])),
      ...(kbId ? { kb: kbId } : {}),
    }));
    return { entities, mentions: out };
  },
});
