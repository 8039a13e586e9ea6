// Codes the names and sector nouns found in one phrase: the person or organisation it names if the
// knowledge base knows one, else its country (name, demonym, capital or city) with the sector noun's roles.
import { type CodedActor, codeAt, codeParts, hasSector, religionOf, roleParts } from './actor-code.js';
import type { KbEntry, KnowledgeBase, Place } from './knowledge-base.js';
import type { Word } from './phrase-key.js';
import type { AgentMatch, Match, NameMatch } from './scan.js';
import { lexiconSet } from './word-set.js';

const modifierParticiples = lexiconSet('modifier-participles.txt');
const genericHeads = lexiconSet('generic-heads.txt');
const openingWords = lexiconSet('phrase-openers.txt');

/** The first entry of a name match that has a code at `date` (so "Xi Jinping" in 2000 falls through). */
export function entryAt(
  m: NameMatch,
  date: string | null,
): { entry: KbEntry; code: string; place?: Place } | null {
  for (const hit of m.hits) {
    const code = codeAt(hit.entry.codes, date);
    if (code) return { entry: hit.entry, code, place: hit.place };
  }
  return null;
}

export function withAgent(base: string, agent: AgentMatch | undefined, kb: KnowledgeBase): string {
  if (!agent) return base;
  if (agent.code.startsWith('~')) {
    const roles = agent.code.slice(1);
    // a code that already has a sector keeps it: "KCNA" stays PRKMED, "Kim Jong Un" PRKGOV
    return hasSector(base, kb) ? base : base + roles;
  }
  return agent.code.replace('~', '');
}

/**
 * Codes the matches of a phrase whose words `ws` have offsets into `source`; `phrase` is the phrase as it
 * should be named when it has no name of its own ("Chinese officials").
 */
export function codeMatches(
  source: string,
  ws: readonly Word[],
  matches: readonly Match[],
  kb: KnowledgeBase,
  date: string | null,
  phrase: string,
): CodedActor | null {
  // "USS Ronald Reagan": a ship the knowledge base does not know is of the navy its prefix names
  const known = matches.some((m) => m.kind === 'name' && m.first === 0);
  const navy =
    ws.length > 1 && !known ? kb.vesselPrefixes.get(source.slice(ws[0].start, ws[0].end)) : undefined;
  if (navy && /^\p{Lu}/u.test(source[ws[1].start])) return { ...codeParts(`${navy}MIL`, kb), name: phrase };
  const names = matches.filter((m): m is NameMatch => m.kind === 'name');
  const agents = matches.filter((m): m is AgentMatch => m.kind === 'agent');
  const resolved = names.map((m) => ({ m, at: entryAt(m, date) }));
  // a name hyphened to the next word ("NATO-member Norway") or before a participle ("Taliban ruled
  // Afghanistan") modifies what follows, unless nothing else is named
  const modifier = (r: (typeof resolved)[number]) =>
    source[ws[r.m.last - 1].end] === '-' || modifierParticiples().has(ws[r.m.last]?.key ?? '');
  const heads = resolved.some((r) => r.at && !modifier(r)) ? resolved.filter((r) => !modifier(r)) : resolved;
  const actor = heads.find((r) => r.at && r.at.entry.kind === 'actor');
  const country = heads.find((r) => r.at && r.at.entry.kind === 'country');
  const head = actor ?? country;
  if (!head?.at) {
    // a known name with no code at this date still tells the country ("Xi Jinping" in 1990)
    const known = names[0]?.hits[0]?.entry;
    if (known) {
      const { country: c } = codeParts(known.codes[0].code, kb);
      if (c) return { code: c, country: c, sector: '', name: known.name, kb: known.id };
    }
    // a sector noun alone ("officials", "President Ruto"): the sector, the country still unknown
    const agent = lastAgent(ws, agents);
    if (!agent?.code.startsWith('~')) return null;
    const roles = peoplesLeaders(source, ws, agents, agent.code.slice(1));
    // "aid groups" (~NGODEV) with no country named: NGO stands in its place, as CAMEO writes it
    if (international(roles, kb)) return { ...codeParts(roles, kb), name: phrase };
    return { ...roleParts(roles, kb), name: phrase };
  }
  const { entry, place: site } = head.at;
  // the sector noun that heads the phrase: one opening it before "of" ("workers of the bus company"),
  // else the last one after the name ("Chinese Communist Party official")
  const agent =
    headOfPhrase(ws, agents) ??
    lastAgent(
      ws,
      agents.filter((a) => a.first >= head.m.last),
    ) ??
    lastAgent(ws, agents);
  let code = withAgent(titledCode(entry, head.at.code, agent, date, kb), agent, kb);
  const own = ownCountry(code, entry, head.m, resolved, kb);
  if (own) code = own + code.slice(3);
  const people = names.some((n) => n.plural && n.first >= head.m.first); // "Algerians", "Bosnian Serbs"
  // a dated code is an office held ("Kofi Annan" IGOUNO 1997–2006): an international body's office holder governs it
  const office = entry.codes.some((c) => c.code === head.at?.code && (c.from || c.to));
  if (!agent && office && code.startsWith('IGO') && !hasSector(code, kb)) code = `${code}GOV`;
  if (!agent && entry.kind === 'country') {
    // "Pyongyang said": the government; "Jericho", a city: its people; "Algerians", "Bosnian Serbs": people
    if (site === 'capital') code = `${code}GOV`;
    else if (site === 'city' || people) code = `${code}CVL`;
  }
  // "Albanians of southern Serbia", "King Hassan of Morocco": a country named after "of"/"in" is where they are
  const place = resolved.findLast(
    (r) =>
      r.m.first >= head.m.last && r.at?.entry.kind === 'country' && !r.at.place && locative(ws, r.m.first),
  );
  const placeCountry = place?.at
    ? codeParts(place.at.code, kb).country
    : regionalsCountry(code, ws, head.m, kb);
  const regional = !kb.countryCodes.has(code.slice(0, 3)) && !kb.sectors.has(code.slice(0, 3));
  const placed = placeCountry !== '' && (kb.countries.has(code.slice(0, 3)) || regional);
  if (placed) code = placeCountry + code.slice(3);
  const name = (entry.kind === 'country' && agent) || own ? phrase : entry.name;
  const parts = codeParts(code, kb);
  if (!parts.sector && agent) parts.sector = religionOf(agent.code.replace('~', ''), kb);
  return { ...parts, name, kb: entry.id, ...(placed ? { countryFrom: 'place' as const } : {}) };
}

/** True when roles open with a code that stands in place of a country (NGO, IGO), not a state's. */
function international(roles: string, kb: KnowledgeBase): boolean {
  const first = roles.slice(0, 3);
  return kb.countryCodes.has(first) && !kb.countries.has(first);
}

/**
 * An institution the dictionaries know as one country's, named with another country before it, is that
 * other country's: "the Somali Senate" is not the US Senate, "Iran's Supreme National Security Council"
 * not the US one, "Iraq's al-Qaeda" its Iraqi branch. Returns that country, or empty. People keep their own
 * (a dated code marks a person); international organisations stay international.
 */
function ownCountry(
  code: string,
  entry: KbEntry,
  m: NameMatch,
  resolved: ReadonlyArray<{ m: NameMatch; at: ReturnType<typeof entryAt> }>,
  kb: KnowledgeBase,
): string {
  const person = entry.codes.some((c) => c.from || c.to);
  // an international militant group named with a country is its branch there ("Iraq's al-Qaeda")
  const national = kb.countries.has(code.slice(0, 3)) || code.startsWith('IMG');
  if (entry.kind !== 'actor' || person || !national) return '';
  const before = resolved.findLast((r) => r.m.last <= m.first && r.at?.entry.kind === 'country');
  const country = before?.at ? codeParts(before.at.code, kb).country : '';
  return country !== code.slice(0, 3) ? country : '';
}

/**
 * The sector noun heading a run of them: the last, unless it is a generic one right after another, which
 * then says what it leads or speaks for ("militia leader" REB, "army spokesman" MIL, "union leaders" LAB).
 * A people before "leaders" is left to peoplesLeaders ("Yoruba leaders").
 */
function lastAgent(ws: readonly Word[], agents: readonly AgentMatch[]): AgentMatch | undefined {
  const last = agents.at(-1);
  const before = agents.at(-2);
  if (!last || !before || before.last !== last.first || before.code === '~CVL') return last;
  return genericHeads().has(ws[last.last - 1].key) && before.code.startsWith('~') ? before : last;
}

/**
 * Leaders of a people without a state ("Yoruba leaders", "Hausa politicians": a people's capitalised name,
 * a civilian noun, before them) are its elites, not a government: GOV or PTY becomes ELI. ("A civilian
 * government" stays GOV.)
 */
function peoplesLeaders(
  source: string,
  ws: readonly Word[],
  agents: readonly AgentMatch[],
  roles: string,
): string {
  const head = roles.slice(0, 3);
  const people = agents.length > 1 ? agents[agents.length - 2] : undefined;
  if ((head !== 'GOV' && head !== 'PTY') || people?.code !== '~CVL') return roles;
  return /^\p{Lu}/u.test(source[ws[people.first].start]) ? `ELI${roles.slice(3)}` : roles;
}

/**
 * With no date, a person's code is their latest office; a title in the phrase names the office meant:
 * "Prime Minister Ismail Haniyeh" is his PSEGOV period, not his later PSEREB one.
 */
function titledCode(
  entry: KbEntry,
  code: string,
  agent: AgentMatch | undefined,
  date: string | null,
  kb: KnowledgeBase,
): string {
  if (date || !agent?.code.startsWith('~') || entry.codes.length < 2) return code;
  const sector = roleParts(agent.code.slice(1), kb).sector;
  if (!sector || codeParts(code, kb).sector === sector) return code;
  return entry.codes.find((c) => c.code !== '---' && codeParts(c.code, kb).sector === sector)?.code ?? code;
}

/**
 * A group the dictionaries code by region ("National Patriotic Front of Liberia": AFRREB) is of the
 * country its name names; empty when the code has a country or the name names none.
 */
function regionalsCountry(code: string, ws: readonly Word[], m: NameMatch, kb: KnowledgeBase): string {
  const first = code.slice(0, 3);
  if (kb.countryCodes.has(first) || kb.sectors.has(first)) return '';
  for (const w of ws.slice(m.first, m.last)) {
    // a country of the dictionaries with no ISO code ("Soviet" → SUN) gives none: its id is no code
    const country = kb.names.get(w.key)?.find((h) => h.entry.kind === 'country' && !h.place)?.entry;
    if (country && kb.countryCodes.has(country.id)) return country.id;
  }
  return '';
}

/**
 * The sector noun that opens the phrase before "of" ("workers of the United Bus Company"), unless it is
 * generic and leaves the sector to what follows ("a member of the Syrian parliament").
 */
function headOfPhrase(ws: readonly Word[], agents: readonly AgentMatch[]): AgentMatch | undefined {
  const first = agents[0];
  if (!first || ws[first.last]?.key !== 'of' || genericHeads().has(ws[first.last - 1].key)) return undefined;
  return ws.slice(0, first.first).every((w) => openingWords().has(w.key)) ? first : undefined;
}

/** True when one of the four words before word `i` is "of" or "in" ("of the Israeli-occupied West Bank"). */
function locative(ws: readonly Word[], i: number): boolean {
  return ws.slice(Math.max(0, i - 4), i).some((w) => w.key === 'of' || w.key === 'in');
}
