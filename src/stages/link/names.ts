// Linking names and noun phrases: the NER's mentions, the names the knowledge base knows that the NER
// missed or split, and the phrases built around a name ("North Korea's state media").
import type { Mention } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import { type CodedActor, codeParts } from '../../knowledge/actor-code.js';
import { codeSite } from '../../knowledge/actor-coder.js';
import { codeMatches } from '../../knowledge/code-phrase.js';
import { ethnic, type Site } from '../../knowledge/context-rules.js';
import type { Word } from '../../knowledge/phrase-key.js';
import { type Match, scanWords } from '../../knowledge/scan.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import type { Composite, PeoplePhrase } from './candidates.js';
import type { LinkContext } from './context.js';
import type { LinkedEntity } from './entities.js';

const institutionHeads = lexiconSet('institution-heads.txt');
const mastheadWords = lexiconSet('masthead-words.txt');

/** A news outlet: the NER's or the gazetteer's, or an organisation named like a newspaper ("Cincinnati Enquirer"). */
const isMedia = (m: Mention, own: readonly Word[]) =>
  m.subtype === 'MEDIA' ||
  (m.type === 'ORG' && own.length > 1 && mastheadWords().has(own[own.length - 1].key));

/**
 * "People Power Party", "Supreme Court": a proper name ending in a sector noun of an institution is that
 * institution, of the sector of its last noun (not "people" ELI in the People Power Party). Returns the
 * noun's agent code, or null.
 */
function institutionHead(own: readonly Word[], matches: readonly Match[]): string | null {
  const last = own.length;
  if (!institutionHeads().has(own[last - 1]?.key ?? '')) return null;
  const head = matches.find((x) => x.kind === 'agent' && x.last === last);
  return head?.kind === 'agent' ? head.code.replace('~', '') : null;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A conjunct before a shared noun ("Chinese" in "Chinese and Russian officials"): its span is the name alone. */
function isConjunct(x: Composite, ws: readonly Word[]): boolean {
  return x.group !== undefined && x.end === ws[x.name.last - 1].end;
}

/**
 * What a tagged name's code may rest on. A person is never the country a word of their name happens to
 * name ("Mark Cuban", "Ariana Huichapa"). A proper name known only by a sector noun in it ("Shark Tank")
 * is not that sector, unless it ends in an institution's ("Supreme Court"); a lower-case one ("Vermont
 * senator") is. A news outlet the NER recognised, or named like a newspaper ("New York Post", "Arizona
 * Daily Star"), is media of the country it names.
 */
function nameCode(
  c: LinkContext,
  m: Mention,
  own: readonly Word[],
  matches: readonly Match[],
  coded: CodedActor | null,
): CodedActor | null {
  const media = isMedia(m, own);
  if (!coded) return media ? { code: 'MED', country: '', sector: 'MED', name: m.text } : null;
  // an unknown name described by its title or apposition ("Serbian President Boris Tadic") is what it says
  if (coded.countryFrom === 'description') return coded;
  const byCountry = coded.kb !== undefined && coded.kb === coded.country;
  if (m.type === 'PER' && (byCountry || coded.countryFrom)) return null;
  const properName = own.length > 1 && own.every((w) => /^\p{Lu}/u.test(c.text[w.start]));
  if (!coded.kb && properName) {
    const head = institutionHead(own, matches);
    return head ? { ...coded, ...codeParts(coded.country + head, c.kb) } : null;
  }
  // "New York Post", "Boston Celtics": named with a country's place but not the country itself
  // ("US-led" is the US: only lower-case words are left over)
  const named = new Set(matches.flatMap((x) => (x.kind === 'name' ? range(x.first, x.last) : [])));
  const whole = own.every((w, i) => named.has(i) || !/^\p{Lu}/u.test(c.text[w.start]));
  const result = !byCountry || whole ? coded : { ...coded, kb: undefined, name: m.text };
  if (media && !result.sector) return { ...result, code: `${result.code}MED`, sector: 'MED' };
  return result;
}

/** A span of the sentence as the actor coder reads it, with the sentence's words `around` it (or none). */
function siteOf(
  c: LinkContext,
  at: { start: number; end: number },
  ws: readonly Word[],
  around: readonly Word[] | null,
  embedded: boolean,
): Site {
  const own = ws.filter((w) => w.start >= at.start && w.end <= at.end);
  const matches = scanWords(c.text, own, c.kb);
  return {
    source: c.text,
    start: at.start,
    end: at.end,
    ws: own,
    matches,
    around,
    embedded,
    date: c.date,
    kb: c.kb,
  };
}

export function linkNer(
  c: LinkContext,
  m: Mention,
  ws: readonly Word[],
  composites: readonly Composite[],
  titles: readonly Composite[],
): void {
  if (composites.some((x) => isConjunct(x, ws) && overlaps(x, m))) return; // coded with its noun
  // inside a phrase (or a person's title, "North Korean leader"), a name is coded alone, not with the noun after it
  const inPhrase = composites.some((x) => x.start <= m.start && m.end <= x.end);
  const inTitle = titles.some((x) => x.start <= m.start && m.end <= x.end);
  const site = siteOf(c, m, ws, inPhrase ? null : ws, !inPhrase && !inTitle);
  const own = site.ws;
  const coded = nameCode(c, m, own, site.matches, codeSite(site, false));
  const keys = own.map((w) => w.key);
  const e = c.table.resolve({ start: m.start, text: m.text, type: m.type, form: 'name', coded, words: keys });
  c.out.push({ ...m, entity: e.id, form: 'name' });
}

function subtype(coded: CodedActor | null): { subtype?: string } {
  return coded?.sector === 'MED' ? { subtype: 'MEDIA' } : {};
}

/** "ethnic Albanian guerrillas operating in Macedonia": the group is of the country it lives in. */
function ethnicGroup(c: LinkContext, x: Composite, ws: readonly Word[], coded: CodedActor): CodedActor {
  return ethnic(coded, siteOf(c, x, ws, ws, true));
}

export function linkComposite(
  c: LinkContext,
  x: Composite,
  ws: readonly Word[],
  ner: readonly Mention[],
): LinkedEntity {
  const nameText = c.text.slice(ws[x.name.first].start, ws[x.name.last - 1].end);
  const agentText = x.agent ? c.text.slice(ws[x.agent.first].start, ws[x.agent.last - 1].end) : '';
  const conjunct = isConjunct(x, ws);
  const phrase = conjunct ? `${nameText} ${agentText}` : c.text.slice(x.start, x.end);
  const named = codeMatches(c.text, ws, x.agent ? [x.name, x.agent] : [x.name], c.kb, c.date, phrase);
  const coded = named && ethnicGroup(c, x, ws, named);
  const e = c.table.resolve({ start: x.start, text: phrase, type: 'ORG', form: 'nominal', coded, words: [] });
  // the NER's mention of a conjunct ("US", "The US") is the conjunct's mention
  const same = ner.find((m) => (conjunct ? overlaps(x, m) : m.start === x.start && m.end === x.end));
  if (same) c.out.push({ ...same, entity: e.id, form: 'name' });
  else {
    const nominal = { ...span(c.text, x.start, x.end), type: 'ORG' as const, ...subtype(coded) };
    c.out.push({ ...nominal, entity: e.id, form: 'nominal' });
  }
  return e;
}

/**
 * "Tamil rebels attacked a Sri Lankan army base": a people or faith with its sector noun, which names no
 * country of its own, is of the country its sentence names (the actor coder's context rule, which the
 * link stage applies to no bare name: "Congress" in a sentence about China is not China's).
 */
export function linkPeoplePhrase(c: LinkContext, p: PeoplePhrase, ws: readonly Word[]): void {
  const coded = codeSite(siteOf(c, p, ws, ws, true), true);
  if (!coded?.sector) return;
  const phrase = c.text.slice(p.start, p.end);
  const e = c.table.resolve({ start: p.start, text: phrase, type: 'ORG', form: 'nominal', coded, words: [] });
  c.out.push({ ...span(c.text, p.start, p.end), type: 'ORG', entity: e.id, form: 'nominal' });
}

/**
 * The NER's mentions with the names the knowledge base knows made whole: mentions that split one known
 * name ("Kim Jong" + "Un") become one, and known people and organisations the NER missed are added.
 */
export function repairNames(
  text: string,
  ws: readonly Word[],
  matches: readonly Match[],
  ner: readonly Mention[],
  taken: (s: number, e: number) => boolean,
): Mention[] {
  let out = [...ner];
  for (const m of matches) {
    if (m.kind !== 'name') continue;
    const whole = { start: ws[m.first].start, end: ws[m.last - 1].end };
    const parts = out.filter((n) => whole.start <= n.start && n.end <= whole.end);
    const rest = text.slice(whole.start, whole.end);
    const covered = parts.reduce((n, p) => n + (p.end - p.start), 0) + (parts.length - 1);
    if (parts.length > 1 && covered === rest.length && !/[^\p{L}\p{N} .'-]/u.test(rest)) {
      const type = parts.find((p) => p.type === 'PER')?.type ?? parts[0].type;
      out = [...out.filter((n) => !parts.includes(n)), { ...span(text, whole.start, whole.end), type }];
    } else if (
      parts.length === 0 &&
      !m.surname && // a surname alone or a shortened name is a person only when the NER says it is one
      !m.shortened &&
      !m.hits.every((h) => h.entry.kind === 'country') &&
      !out.some((n) => overlaps(n, whole)) &&
      !taken(whole.start, whole.end)
    ) {
      out.push({ ...span(text, whole.start, whole.end), type: 'ORG' });
    }
  }
  return out;
}
