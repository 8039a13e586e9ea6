// A name the knowledge base does not know ("Boris Tadic") is coded from how the sentence describes it: a
// title right before it that names a country ("Serbian President Boris Tadic", "Chad's foreign minister
// Ali Saleh") or an apposition right after it (", the foreign minister of Chad,", ", Romania's defence
// minister,"). The description is coded as a phrase of its own; the name takes its code, marked
// `countryFrom: 'description'`. The title words are the knowledge base's sector nouns (knowledge/). A
// party designation after the name ("(D-Ohio)", lexicon/party-designations.tsv) describes it too.
import { readListResource } from '../resources.js';
import { type CodedActor, codeParts } from './actor-code.js';
import type { Site } from './context-rules.js';
import { appositionWords, MAX_APPOSITION, titleBefore as sectorTitle } from './described.js';
import type { Word } from './phrase-key.js';
import { scanWords } from './scan.js';
import { lexiconSet } from './word-set.js';

const actorModifiers = lexiconSet('actor-modifiers.txt');
const descriptionWords = lexiconSet('description-words.txt');
const nameParticles = lexiconSet('name-particles.txt');
/** What may stand between two words of a title: spaces, after a possessive ("Chad's foreign minister"), or a hyphen ("Secretary-General"). */
const JOINED = /^(?:['’]s?)? +$|^-$/;
/** The most words of a title that are neither a name, a sector noun nor a filler ("defence" minister). */
const MAX_OTHER = 2;

type CodeSpan = (site: Site) => CodedActor | null;

/**
 * Words `span` of `around` as a description: a sector noun and exactly one name, every other word a
 * modifier or a function word of a description ("the", "of"); null otherwise.
 */
function describing(site: Site, span: readonly Word[], code: CodeSpan): CodedActor | null {
  if (span.length === 0) return null;
  const matches = scanWords(site.source, span, site.kb);
  const names = matches.filter((m) => m.kind === 'name');
  if (names.length !== 1 || !matches.some((m) => m.kind === 'agent')) return null;
  const covered = new Set(matches.flatMap((m) => span.slice(m.first, m.last)));
  const filler = (w: Word) => actorModifiers().has(w.key) || descriptionWords().has(w.key);
  // other words only in lower case right before the last sector noun: what kind of minister ("defence minister")
  const lastAgent = matches.findLast((m) => m.kind === 'agent')?.first ?? 0;
  const others = span.filter((w) => !covered.has(w) && !filler(w));
  const modifying = (w: Word, k: number) =>
    span.indexOf(w) === lastAgent - others.length + k && /^\p{Ll}/u.test(site.source[w.start]);
  // a verb's form is no kind of minister: "Sherpao allowed opposition leader X" describes X by nobody
  // ("Arkansas-based company X" is a compound, not a verb)
  const verbLike = (w: Word) => /(?:ed|ing)$/.test(w.key) && site.source[w.start - 1] !== '-';
  if (others.length > MAX_OTHER || !others.every(modifying) || others.some(verbLike)) return null;
  const start = span[0].start;
  const end = span[span.length - 1].end;
  const coded = code({ ...site, start, end, ws: span, matches, embedded: true });
  return coded?.country && coded.sector ? coded : null;
}

/** "Serbian President" right before the phrase: the words back to a name, joined by spaces only. */
function titleBefore(site: Site, around: readonly Word[], code: CodeSpan): CodedActor | null {
  const i = around.findIndex((w) => w.start >= site.start);
  if (i <= 0 || !/^ +$/.test(site.source.slice(around[i - 1].end, site.start))) return null;
  // the longest run of words before the phrase with no punctuation between them but a possessive
  let from = i - 1;
  while (
    from > 0 &&
    i - from < MAX_APPOSITION &&
    JOINED.test(site.source.slice(around[from - 1].end, around[from].start))
  )
    from--;
  const run = around.slice(from, i);
  const matches = scanWords(site.source, run, site.kb);
  const agent = matches.at(-1);
  if (agent?.kind !== 'agent' || agent.last !== run.length) return null;
  // the name nearest before the sector noun; what stands between is checked as part of the description
  const name = matches.findLast((m) => m.kind === 'name' && m.last <= agent.first);
  if (!name) return null;
  return describing(site, run.slice(name.first), code);
}

/** ", the foreign minister of Chad," right after the phrase, up to "," "." ";" or the end. */
function appositionAfter(site: Site, around: readonly Word[], code: CodeSpan): CodedActor | null {
  const span = appositionWords(site, around);
  return span ? describing(site, span, code) : null;
}

let designations: Map<string, string> | undefined;
/** "(D-Ohio)", "(R-N.C.)" right after the name: a party letter and a state abbreviation. */
const DESIGNATION = /^,? ?\(([A-Z])-[A-Z][A-Za-z.]{0,5}(?: [A-Z][A-Za-z.]{0,5})?\)/;

/** "Rep. Gwen Moore (D-Wis.)": a member of the US Congress by the party and state after the name. */
function designationAfter(site: Site): CodedActor | null {
  designations ??= new Map(
    readListResource('lexicon', 'party-designations.tsv').map((l) => l.split('\t') as [string, string]),
  );
  const letter = DESIGNATION.exec(site.source.slice(site.end, site.end + 24))?.[1];
  const code = letter && designations.get(letter);
  return code ? { ...codeParts(code, site.kb), name: '' } : null;
}

/** The code of an unknown name from its title or apposition, or null. */
export function describedName(site: Site, code: CodeSpan): CodedActor | null {
  const { around, embedded, source, ws } = site;
  // only a capitalised name (particles inside it and lower-case parts hyphened on aside: "Majed
  // al-Ansari", "Ursula von der Leyen", "Chang Ho-jin"): a description of a description would be read
  // twice
  const capitalised = (w: Word, k: number) =>
    /^\p{Lu}/u.test(source[w.start]) ||
    (k > 0 && source[w.start - 1] === '-') ||
    (k > 0 && k < ws.length - 1 && nameParticles().has(w.key));
  if (!embedded || !around || ws.length === 0 || !ws.every(capitalised)) return null;
  const titled = titleBefore(site, around, code);
  const after = titled ? null : (designationAfter(site) ?? appositionAfter(site, around, code));
  // "Senator Charles Vane, Republican of Iowa,": the country after the name, the office before it
  const office = after && sectorTitle(site, around);
  const described =
    titled ??
    (after && office
      ? { ...after, ...codeParts(after.country + office.code.replace('~', ''), site.kb) }
      : after);
  if (!described) return null;
  const name = source.slice(site.start, site.end).trim();
  return {
    code: described.code,
    country: described.country,
    sector: described.sector,
    name,
    countryFrom: 'description',
  };
}
