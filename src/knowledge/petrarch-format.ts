// Readers for the PETRARCH dictionary formats (events/petrarch2/dictionaries.rst): actor records
// (a primary phrase, `+` synonyms, tab-indented `[CODE date-restriction]` lines) and agent lines
// (`PHRASE {plural} [~CODE]`). Used by tools/compile-knowledge.ts; kept here so tests can cover it.
import { readFileSync } from 'node:fs';
import { petrarchPlural } from './inflection.js';

/** A code valid from `from` to `to` (ISO dates, inclusive; empty = open). */
export interface DatedCode {
  code: string;
  from: string;
  to: string;
}

export interface ActorRecord {
  phrases: string[];
  codes: DatedCode[];
}

/** The dictionaries mix UTF-8 files with one in a single-byte encoding: reads either. */
export function readDictionaryText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** "MORO ISLAMIC LIBERATION FRONT" → "Moro Islamic Liberation Front": how a dictionary phrase is shown. */
export function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/(^|[\s\-(/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "KIM_JONG_UN_" → "KIM JONG UN": underscores join words; a trailing one only marks a word end. */
export function phraseText(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * YYMMDD or YYYYMMDD → YYYY-MM-DD. Two-digit years up to 30 are 20xx: the dictionaries were
 * generated in 2014 and their six-digit dates run from the 1930s to the 2010s.
 */
export function dictionaryDate(raw: string): string | null {
  if (/^\d{8}$/.test(raw)) return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (!/^\d{6}$/.test(raw)) return null;
  const yy = Number(raw.slice(0, 2));
  const year = yy <= 30 ? 2000 + yy : 1900 + yy;
  return `${year}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
}

/** "[PRKGOV 570920-721228]", "[CHNGOV >20121115]", "[ELI]" → a dated code, or null if malformed. */
export function parseCodeRestriction(inner: string): DatedCode | null {
  const [code, restriction] = inner.trim().split(/\s+/, 2);
  if (!code) return null;
  if (!restriction) return { code, from: '', to: '' };
  let m = /^<(\d+)$/.exec(restriction);
  if (m) {
    const to = dictionaryDate(m[1]);
    return to ? { code, from: '', to } : null;
  }
  m = /^>(\d+)$/.exec(restriction);
  if (m) {
    const from = dictionaryDate(m[1]);
    return from ? { code, from, to: '' } : null;
  }
  m = /^(\d+)-(\d+)$/.exec(restriction);
  if (m) {
    const from = dictionaryDate(m[1]);
    const to = dictionaryDate(m[2]);
    return from && to ? { code, from, to } : null;
  }
  return null;
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  let out = hash >= 0 ? line.slice(0, hash) : line;
  // "JAMES_BYRNES_  ; CountryInfo.txt": a `;` outside brackets starts a note
  const semi = out.search(/;(?![^[]*\])/);
  if (semi >= 0) out = out.slice(0, semi);
  return out;
}

function bracketCodes(text: string): { rest: string; codes: DatedCode[]; malformed: number } {
  const codes: DatedCode[] = [];
  let malformed = 0;
  const rest = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const code = parseCodeRestriction(inner);
    if (code) codes.push(code);
    else malformed++;
    return ' ';
  });
  return { rest, codes, malformed };
}

/** Parses an actor dictionary; `malformed` counts code restrictions that could not be read. */
export function parseActorDictionary(text: string): { records: ActorRecord[]; malformed: number } {
  const records: ActorRecord[] = [];
  let current: ActorRecord | null = null;
  let malformed = 0;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine);
    if (line.trim() === '') continue;
    const parsed = bracketCodes(line);
    malformed += parsed.malformed;
    const phrase = phraseText(parsed.rest);
    if (/^\s/.test(line) && phrase === '') {
      current?.codes.push(...parsed.codes);
    } else if (line.startsWith('+')) {
      const synonym = phraseText(parsed.rest.slice(1));
      if (current && synonym) current.phrases.push(synonym);
      current?.codes.push(...parsed.codes);
    } else if (phrase !== '') {
      current = { phrases: [phrase], codes: parsed.codes };
      records.push(current);
    }
  }
  return { records: records.filter((r) => r.codes.length > 0), malformed };
}

export interface AgentEntry {
  phrase: string;
  /** e.g. "~GOV" (added after the actor's country) or "NGO~" (put before it). */
  code: string;
}

/** Parses an agents dictionary, expanding `!SET!` substitutions and regular or given plurals. */
export function parseAgentDictionary(text: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (line === '') continue;
    const set = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(
        set[1],
        set[2].split(',').map((s) => s.trim()),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) continue;
    const code = m[3].trim();
    const raw = m[1].trim();
    const plural = m[2];
    const marker = /!(\w+)!/.exec(raw);
    if (marker) {
      for (const item of sets.get(marker[1]) ?? []) {
        entries.push({ phrase: phraseText(raw.replace(marker[0], item)), code });
      }
      continue;
    }
    // "DEFENSE_MINIST": a last word that is the bare name of a set whose items all extend it (MINISTER,
    // MINISTRY…) is a stem standing for the set, as in PETRARCH, which matches it as a prefix
    const words = phraseText(raw).split(' ');
    const stem = words[words.length - 1];
    const items = sets.get(stem);
    if (items?.every((item) => item.startsWith(stem) && item !== stem)) {
      for (const item of items) entries.push({ phrase: [...words.slice(0, -1), item].join(' '), code });
      continue;
    }
    entries.push({ phrase: phraseText(raw), code });
    if (plural === undefined) {
      const plural = [...words.slice(0, -1), petrarchPlural(stem.toLowerCase()).toUpperCase()];
      entries.push({ phrase: plural.join(' '), code });
    } else if (plural.trim() !== '') {
      entries.push({ phrase: phraseText(plural), code });
    }
  }
  return entries;
}
