// Scores the actor coder against the PLOVER gold actors: accuracy of the country and of the sector,
// and the most frequent confusions.
import type { CodedActor } from './actor-code.js';
import { codeActor } from './actor-coder.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { GoldActor } from './plover-gold.js';

/**
 * Gold country codes that are not ISO 3166 alpha-3 (typos or legacy codes in the gold file, found in
 * its dev part), mapped to the code they stand for.
 */
const GOLD_COUNTRY_FIXES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/** The gold sector compared: its first role code; "CIV" in the gold's sectors is a typo for CVL. */
export function goldSector(sector: string): string {
  const primary = sector.slice(0, 3).toUpperCase();
  return primary === 'CIV' ? 'CVL' : primary;
}

export function goldCountry(code: string): string {
  return GOLD_COUNTRY_FIXES[code] ?? code;
}

export interface ActorScore {
  actors: number;
  countryCorrect: number;
  /** actors whose gold sector is "***" (the coder was unsure) are not scored for sector */
  sectorScored: number;
  sectorCorrect: number;
  confusions: Array<{
    what: 'country' | 'sector';
    gold: string;
    predicted: string;
    count: number;
    examples: string[];
  }>;
  /** every actor coded wrongly (country or scored sector), in gold order */
  errors: Array<{ actor: GoldActor; predicted: CodedActor | null }>;
}

export function scoreActors(gold: readonly GoldActor[], kb: KnowledgeBase): ActorScore {
  let countryCorrect = 0;
  let sectorScored = 0;
  let sectorCorrect = 0;
  const confusions = new Map<string, ActorScore['confusions'][number]>();
  const errors: ActorScore['errors'] = [];
  const confuse = (what: 'country' | 'sector', g: string, p: string, example: string) => {
    const key = `${what}\t${g}\t${p}`;
    const c = confusions.get(key) ?? { what, gold: g, predicted: p, count: 0, examples: [] };
    c.count++;
    if (c.examples.length < 3) c.examples.push(example);
    confusions.set(key, c);
  };
  for (const a of gold) {
    const predicted: CodedActor | null = codeActor(a.text, kb, { context: a.context });
    const country = predicted?.country ?? '';
    const sector = predicted?.sector ?? '';
    const countryRight = country === goldCountry(a.country);
    if (countryRight) countryCorrect++;
    else confuse('country', goldCountry(a.country), country, a.text);
    const scored = a.sector !== '***';
    const sectorRight = !scored || sector === goldSector(a.sector);
    if (scored) sectorScored++;
    if (scored && sectorRight) sectorCorrect++;
    else if (scored) confuse('sector', goldSector(a.sector), sector, a.text);
    if (!countryRight || !sectorRight) errors.push({ actor: a, predicted });
  }
  return {
    actors: gold.length,
    countryCorrect,
    sectorScored,
    sectorCorrect,
    confusions: [...confusions.values()].sort((x, y) => y.count - x.count),
    errors,
  };
}
