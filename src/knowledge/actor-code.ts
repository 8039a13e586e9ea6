// A CAMEO actor code split into its parts, and the choice of an actor's code at a date.
import type { DatedCode } from './petrarch-format.js';

export interface CodeParts {
  code: string;
  /** ISO3, or IGO/NGO/IMG/MNC…; empty for actors with no country (an international news agency: MED) */
  country: string;
  /** the first role code in `code` that is a sector (GOV, MIL, MED…), or empty */
  sector: string;
}

export interface CodeBook {
  /** the three-letter role codes that are sectors (knowledge/sectors.tsv) */
  sectors: ReadonlySet<string>;
  /** the religion codes (knowledge/religions.tsv): the sector of an actor with no other */
  religions: ReadonlySet<string>;
  /** international organisation code (IGO, NGO) → the role codes that are its field, not a sector of it */
  fields: ReadonlyMap<string, ReadonlySet<string>>;
  /** sector → the sector codes that, right after it, are the sector instead (GOV → LEG) */
  sectorPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** ISO3 codes and the international ones (IGO, NGO, IMG, MNC): what may stand first as a country */
  countryCodes: ReadonlySet<string>;
}

/** A code's country (or IGO, NGO…): its first three letters when the codebook has them as one; else empty. */
export function countryOfCode(code: string, book: Pick<CodeBook, 'countryCodes'>): string {
  const first = code.slice(0, 3);
  return book.countryCodes.has(first) ? first : '';
}

/**
 * Splits "PRKGOVMED" → PRK / GOV, "IGOUNO" → IGO / "", "MED" → "" / MED. A regional or religious code
 * in first place ("MEAREB": Middle East rebels) gives no country.
 */
export function codeParts(code: string, book: CodeBook): CodeParts {
  const country = countryOfCode(code, book);
  const at = firstRoleAt(code, country ? 3 : 0, book.sectors, book.fields.get(country));
  if (at < 0) return { code, country, sector: '' };
  const sector = code.slice(at, at + 3);
  const next = code.slice(at + 3, at + 6);
  return { code, country, sector: book.sectorPairs.get(sector)?.has(next) ? next : sector };
}

/** A code made of role codes only ("GOV", "MOSRAD": a sector noun's), which names no country. */
export function roleParts(roles: string, book: CodeBook): CodeParts {
  return { code: roles, country: '', sector: nounSector(roles, book) };
}

/**
 * The sector a sector noun's roles give: the first sector, else the first religion ("Moslem
 * fundamentalist" → MOS). A named organisation's religion code (al-Qaeda's IMGMOSALQ) is not its sector.
 */
export function nounSector(roles: string, book: CodeBook): string {
  return firstRole(roles, 0, book.sectors) || religionOf(roles, book);
}

/** The first religion code among roles, or empty. */
export function religionOf(roles: string, book: CodeBook): string {
  return firstRole(roles, 0, book.religions);
}

/** True when a code has a sector code (not counting religions): "IMGMOSALQ" has none. */
export function hasSector(code: string, book: CodeBook): boolean {
  return codeParts(code, book).sector !== '';
}

/** True when a code has a sector code or an organisation's field code (NGOHRIAMN: human rights). */
export function hasRole(code: string, book: CodeBook): boolean {
  return firstRole(code, book.countryCodes.has(code.slice(0, 3)) ? 3 : 0, book.sectors) !== '';
}

function firstRole(code: string, from: number, roles: ReadonlySet<string>): string {
  const at = firstRoleAt(code, from, roles);
  return at < 0 ? '' : code.slice(at, at + 3);
}

/** The offset of the first code of `roles` (not of `except`) at or after `from`, or -1. */
function firstRoleAt(
  code: string,
  from: number,
  roles: ReadonlySet<string>,
  except?: ReadonlySet<string>,
): number {
  for (let i = from; i < code.length; i += 3) {
    const role = code.slice(i, i + 3);
    if (roles.has(role) && !except?.has(role)) return i;
  }
  return -1;
}

/** True when a code has no country by design (an international news agency: MED), not for want of one. */
export function countryless(code: string, book: CodeBook): boolean {
  return book.sectors.has(code.slice(0, 3));
}

const NULL_CODE = '---';

/**
 * The code valid at `date` (YYYY-MM-DD…): a dated code whose period holds it, else the undated default.
 * Without a date: the most recent period in an office (any role but ELI), else the default, else the
 * latest period. Null when the actor has no code at that date (e.g. before any of its periods).
 */
export function codeAt(codes: readonly DatedCode[], date: string | null): string | null {
  const fallback = codes.find((c) => !c.from && !c.to)?.code ?? null;
  let chosen: string | null;
  if (date) {
    const day = date.slice(0, 10);
    // of two periods holding the day, the narrower: begun later, or ending sooner (an office within a longer one)
    let holding: DatedCode | undefined;
    for (const c of codes) {
      if (!(c.from || c.to) || (c.from && c.from > day) || (c.to && day > c.to)) continue;
      const narrower =
        !holding ||
        c.from > holding.from ||
        (c.from === holding.from && (c.to || '9999') < (holding.to || '9999'));
      if (narrower) holding = c;
    }
    chosen = holding?.code ?? fallback;
  } else {
    const dated = codes.filter((c) => c.from || c.to);
    // of two periods ending alike (both open), the one begun later is the current one
    const latestFirst = [...dated].sort(
      (a, b) => (b.to || '9999').localeCompare(a.to || '9999') || b.from.localeCompare(a.from),
    );
    chosen =
      latestFirst.find((c) => !c.code.slice(3).startsWith('ELI'))?.code ??
      fallback ??
      latestFirst[0]?.code ??
      null;
  }
  return chosen === NULL_CODE ? null : chosen;
}

/** An actor phrase coded: its code split into parts, with where they came from. */
export interface CodedActor {
  code: string;
  country: string;
  sector: string;
  /** canonical name: the knowledge base's for a known person, organisation or country, else the text */
  name: string;
  /** knowledge-base id of the person, organisation or country the code came from */
  kb?: string;
  /** where the country came from when not from the head name: the sentence around ("context"), or a
   * country the phrase places the actor in ("place": "Albanians of southern Serbia"), or the title or
   * apposition describing an unknown name ("description": "Serbian President Boris Tadic") */
  countryFrom?: 'context' | 'place' | 'description';
}
