// Who the source is: the entity of a named mention inside it (link stage), a pronoun or a nominal
// ("the minister") resolved to the last compatible mention before it, or an anonymous source
// ("officials said") with its sector when a word in it tells.
import type { AnalyzedArticle, Attribution, Mention } from '../../doc/schema.js';
import { partitionPoint } from '../../doc/sorted.js';
import { span } from '../../doc/span.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import type { DocContext } from './context.js';
import { headOf, nounPhraseBefore, type TokenRange } from './noun-phrase.js';

type Source = NonNullable<Attribution['source']>;

const PLURAL_NOMINAL = /^(the|these|those)\s+[\p{L}-]+s$/iu;
/** How far back (characters) an antecedent is looked for without the link stage. */
const ANTECEDENT_WINDOW = 400;

/** The index of the first mention (sorted by start) starting at or after `at`. */
const firstFrom = (mentions: readonly Mention[], at: number) => partitionPoint(mentions, (m) => m.start < at);

/** The linked mentions inside [start, end), leaving out those nested in another one ("North Korea" in
 * "North Korea's state media": the source is the state media). */
function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.end > end || m.entity === undefined) continue;
    const outer = out.at(-1);
    if (outer && m.end <= outer.end) continue;
    if (outer && m.start === outer.start) out.pop();
    out.push(m);
  }
  return out;
}

/** The last mention before `before` whose type fits the pronoun. */
function antecedentMention(
  mentions: readonly Mention[],
  before: number,
  types: string[],
): Mention | undefined {
  for (let i = firstFrom(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end <= before && m.entity !== undefined && types.includes(m.type)) return m;
  }
  return undefined;
}

const sortedByStart = new WeakMap<readonly Mention[], readonly Mention[]>();

/** The document's mentions sorted by start (stable: the link stage's order is kept), once per document. */
function mentionsByStart(mentions: readonly Mention[]): readonly Mention[] {
  let sorted = sortedByStart.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.start - b.start);
    sortedByStart.set(mentions, sorted);
  }
  return sorted;
}

/** Without mentions: "they" → the closest plural nominal before it ("the allies"). */
function pluralNominalBefore(c: DocContext, before: number): { start: number; end: number } | undefined {
  const from = Math.max(0, before - ANTECEDENT_WINDOW);
  const window = c.text.slice(from, before);
  let best: { start: number; end: number } | undefined;
  for (const m of window.matchAll(/\b(?:the|these|those)\s+[\p{L}-]+s\b/giu)) {
    if (PLURAL_NOMINAL.test(m[0])) best = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

function anonymity(c: DocContext, range: TokenRange): { anonymous: boolean; sector?: string } {
  const head = c.lower[headOf(c, range)];
  if (!c.lex.anonymousHeads.has(head)) return { anonymous: false };
  for (let i = range.first; i < range.last; i++) {
    // A name in the phrase ("Pentagon officials" aside, which the sector list knows) makes it named.
    const named = /^\p{Lu}/u.test(c.tokens[i].text) && i > range.first && !c.lex.sectors.has(c.lower[i]);
    if (named) return { anonymous: false };
  }
  for (let i = range.first; i < range.last; i++) {
    const sector = c.lex.sectors.get(c.lower[i]);
    if (sector) return { anonymous: true, sector };
  }
  return { anonymous: true };
}

const relativePronouns = lexiconSet('relative-pronouns.txt');

/** The noun phrase a lone relative pronoun after a comma refers to, with the entity of its last mention. */
function relativeAntecedent(
  doc: AnalyzedArticle,
  c: DocContext,
  range: TokenRange,
  mentions: readonly Mention[],
): Source['antecedent'] {
  if (range.last - range.first !== 1 || !relativePronouns().has(c.lower[range.first])) return undefined;
  const comma = range.first - 1;
  if (comma <= 0 || c.lower[comma] !== ',') return undefined;
  const phrase = nounPhraseBefore(c, comma, 0);
  if (!phrase) return undefined;
  const start = c.tokens[phrase.first].start;
  const end = c.tokens[phrase.last - 1].end;
  const entity = mentionsIn(mentions, start, end).at(-1)?.entity;
  return { ...span(doc.text, start, end), ...(entity ? { entity } : {}) };
}

export function describeSource(doc: AnalyzedArticle, c: DocContext, range: TokenRange): Source {
  const start = c.tokens[range.first].start;
  const end = c.tokens[range.last - 1].end;
  const source: Source = span(c.text, start, end);
  const mentions = mentionsByStart(doc.mentions ?? []);
  // "His widow": a possessive pronoun names whose the speaker is, not the speaker
  const named = mentionsIn(mentions, start, end).filter(
    (m) => !(m.form === 'pronoun' && m.end < end && c.lex.possessives.has(m.text.toLowerCase())),
  );
  if (named.length > 0) {
    // "President Joe Biden, who said last week that Putin …, said": the head before the first comma
    // speaks, not a name in the relative clause or apposition after it
    const comma = c.text.indexOf(',', start);
    const head = comma >= 0 && comma < end ? named.filter((m) => m.end <= comma) : [];
    const pool = head.length > 0 ? head : named;
    source.entity = pool[pool.length - 1].entity;
    return source;
  }
  // "Beijing, which claims Taiwan as its own": a relative pronoun stands for the phrase before its comma
  const relative = relativeAntecedent(doc, c, range, mentions);
  if (relative) {
    source.antecedent = relative;
    if (relative.entity) source.entity = relative.entity;
    return source;
  }
  const pronoun = range.last - range.first === 1 ? c.lex.pronouns.get(c.lower[range.first]) : undefined;
  if (pronoun) {
    // a plural pronoun looks first for a plural noun phrase ("the allies"): a single named mention
    // before it ("Jeju") is rarely what "they" stands for
    const nominal = pronoun.plural ? pluralNominalBefore(c, start) : undefined;
    const m = nominal ? undefined : antecedentMention(mentions, start, pronoun.types);
    const antecedent = nominal ?? m;
    if (antecedent) {
      source.antecedent = { ...span(c.text, antecedent.start, antecedent.end), entity: m?.entity };
      if (m?.entity) source.entity = m.entity;
    }
    return source;
  }
  const { anonymous, sector } = anonymity(c, range);
  if (anonymous) {
    source.anonymous = true;
    if (sector) source.sector = sector;
  }
  return source;
}
