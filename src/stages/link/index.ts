// Stage `link`: which real-world actor each mention is. Finds the actor phrases the NER leaves out
// (noun phrases, "the South", "the two countries", pronouns), groups all mentions into entities and
// codes each entity as a CAMEO actor valid at the article's date.
import type { Entity, Mention } from '../../doc/schema.js';
import { bySentence } from '../../doc/sorted.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { type Word, words } from '../../knowledge/phrase-key.js';
import { scanWords } from '../../knowledge/scan.js';
import { defineStage } from '../../pipeline/stage.js';
import { placeInArticleCountry } from './article-country.js';
import { type Composite, findComposites, findPeoplePhrases, findSpecials } from './candidates.js';
import type { LinkContext } from './context.js';
import { EntityTable } from './entities.js';
import { linkComposite, linkNer, linkPeoplePhrase, repairNames } from './names.js';
import { linkSpecial } from './references.js';

/** "North Korean leader Kim Jong Un": a name and noun right before a person are the person's title. */
function isTitle(text: string, x: Composite, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.type === 'PER' && m.start > x.end && /^ +$/.test(text.slice(x.end, m.start)));
}

/**
 * "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida": a person is no conjunct sharing the noun of a
 * coordination ("Chinese and Russian officials"); the groups with a conjunct the NER tagged as a person.
 */
function personGroups(found: readonly Composite[], tagged: readonly Mention[]): Set<number | undefined> {
  const person = (x: Composite) =>
    tagged.some((m) => m.type === 'PER' && m.start <= x.start && x.start < m.end);
  return new Set(found.filter((x) => x.group !== undefined && person(x)).map((x) => x.group));
}

/** Links one sentence; `tagged` are the NER mentions inside it. */
function linkSentence(c: LinkContext, tagged: readonly Mention[]): void {
  const { text, sentence, kb } = c;
  const ws: Word[] = words(text, sentence.start, sentence.end);
  const matches = scanWords(text, ws, kb);
  const found = findComposites(text, ws, matches);
  const titles = found.filter((x) => isTitle(text, x, tagged));
  const people = personGroups(found, tagged);
  const composites = found.filter((x) => !titles.includes(x) && !people.has(x.group));
  const specials = findSpecials(text, ws, matches);
  const taken = (s: number, e: number) => composites.some((x) => x.start < e && s < x.end);
  // "the South": its word is linked with the reference, whether or not the NER tagged it
  const compass = (m: Mention) => specials.some((s) => s.kind === 'compass' && s.start === m.start);
  const ner = repairNames(text, ws, matches, tagged, taken);
  const peoples = findPeoplePhrases(text, ws, matches, ner, kb.agentBackoff).filter(
    (p) => !taken(p.start, p.end),
  );
  const steps: Array<{ start: number; run: () => void }> = [
    ...ner
      .filter((m) => !compass(m))
      .map((m) => ({ start: m.start, run: () => linkNer(c, m, ws, composites, titles) })),
    ...composites.map((x) => ({
      start: x.start,
      run: () => {
        const e = linkComposite(c, x, ws, ner);
        if (x.group === undefined) return;
        const first = composites.find((y) => y.group === x.group);
        c.lastGroup = first === x ? [e] : [...c.lastGroup, e];
      },
    })),
    ...peoples.map((p) => ({ start: p.start, run: () => linkPeoplePhrase(c, p, ws) })),
    ...specials
      .filter((s) => s.kind === 'compass' || !ner.some((m) => m.start <= s.start && s.end <= m.end))
      .map((s) => ({ start: s.start, run: () => linkSpecial(c, s, ner) })),
  ];
  for (const step of steps.sort((a, b) => a.start - b.start)) step.run();
}

export const linkStage = defineStage({
  name: 'link',
  requires: ['tokens', 'sentences', 'mentions'],
  produces: ['entities', 'mentions'],
  run(doc, ctx) {
    const date = ctx.anchor ? ctx.anchor.slice(0, 10) : null;
    const c: LinkContext = {
      text: doc.text,
      sentence: { start: 0, end: 0 },
      kb: knowledgeBase(ctx.options.knowledgeFiles ?? []),
      date,
      table: new EntityTable(date !== null),
      out: [],
      lastGroup: [],
      previousSentenceStart: 0,
    };
    const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
    const sentences = doc.sentences ?? [];
    const mentionsOf = bySentence(sentences, mentions, (m) => m);
    sentences.forEach((sentence, k) => {
      c.sentence = sentence;
      linkSentence(c, mentionsOf[k]);
      c.previousSentenceStart = sentence.start;
    });
    placeInArticleCountry(c.table.entities, c.kb);
    const out = c.out.sort((a, b) => a.start - b.start || b.end - a.end);
    const indexes = new Map<string, number[]>();
    out.forEach((m, i) => {
      if (!m.entity) return;
      const list = indexes.get(m.entity);
      if (list) list.push(i);
      else indexes.set(m.entity, [i]);
    });
    const entities: Entity[] = c.table.entities.map(({ id, name, type, actor, kb }) => ({
      id,
      name,
      type,
      actor,
      mentions: indexes.get(id) ?? [],
      ...(kb ? { kb } : {}),
    }));
    return { entities, mentions: out };
  },
});
