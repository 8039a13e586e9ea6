// Reads the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt, coded with PLOVER v0.5b1) and maps their
// labels to the current 16-type ontology.
import { readFileSync } from 'node:fs';
import { goldCountry } from './actor-eval.js';

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

export interface GoldActor {
  text: string;
  country: string;
  sector: string;
}

export interface GoldRecord {
  id: string;
  text: string;
  /** current PLOVER type */
  type: string;
  /** the v0.5b1 label as coded */
  oldType: string;
  /** current PLOVER mode, or null when the record codes none */
  mode: string | null;
  source: GoldActor[];
  target: GoldActor[];
  /** CAMEO roots consistent with the v0.5b1 label (which followed the CAMEO cue categories) */
  cameoRoots: string[];
}

/** v0.5b1 type → current type, mode implied by the old type, and the CAMEO roots the old type covered. */
const OLD_TYPES: Record<string, { type: string; mode?: string; roots: string[] }> = {
  AGREE: { type: 'AGREE', roots: ['03'] },
  CONSULT: { type: 'CONSULT', roots: ['04'] },
  SUPPORT: { type: 'SUPPORT', roots: ['05'] },
  COOPERATE: { type: 'COOPERATE', roots: ['06'] },
  AID: { type: 'AID', roots: ['07'] },
  CONCEDE: { type: 'CONCEDE', roots: ['08'] },
  RETREAT: { type: 'RETREAT', roots: ['08'] },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate', roots: ['09'] },
  DEMAND: { type: 'REQUEST', roots: ['10'] },
  DISAPPROVE: { type: 'ACCUSE', mode: 'disapprove', roots: ['11'] },
  REJECT: { type: 'REJECT', roots: ['12'] },
  THREATEN: { type: 'THREATEN', roots: ['13'] },
  PROTEST: { type: 'PROTEST', roots: ['14'] },
  MOBILIZE: { type: 'MOBILIZE', roots: ['15'] },
  SANCTION: { type: 'SANCTION', roots: ['16'] },
  COERCE: { type: 'COERCE', roots: ['17'] },
  ASSAULT: { type: 'ASSAULT', roots: ['18', '20'] },
  FIGHT: { type: 'ASSAULT', roots: ['19'] },
};

/** v0.5b1 modes → current modes (codebook names); modes with no current counterpart are dropped. */
const OLD_MODES: Record<string, string> = {
  'strike-hun': 'hunger',
  'strike-gen': 'strike',
  'demo-org': 'demo',
  'demo-spon': 'demo',
  'riot-spon': 'riot',
  riot: 'riot',
  obstruct: 'obstruct',
  host: 'visit',
  visit: 'visit',
  phone: 'phone',
  'third-party': 'third-party',
  multilateral: 'multilateral',
  confiscate: 'seize',
  detain: 'arrest',
  arrest: 'arrest',
  destroy: 'destroy',
  'heavy-weapons': 'heavy-weapons',
  explosives: 'explosives',
  firearms: 'firearms',
  assassinate: 'assassinate',
  'suicide-attack': 'suicide-attack',
  torture: 'torture',
  beat: 'beat',
  sexual: 'sexual',
  primitive: 'primitive',
  restrict: 'restrict',
  curfew: 'curfew',
  'martial-law': 'martial-law',
  ban: 'ban',
  censor: 'censor',
  deport: 'deport',
  relations: 'relations',
  violence: 'violence',
  troops: 'troops',
  weapons: 'weapons',
  police: 'police',
};

function actors(value: unknown): GoldActor[] {
  if (!Array.isArray(value)) return [];
  return (
    (value as RawActor[])
      .filter((a) => a.code)
      // the gold's legacy codes (JAP, ITL, VTN) are read as the ISO codes they stand for, as the actors eval does
      .map((a) => ({ text: a.actorText ?? '', country: goldCountry(a.code ?? ''), sector: a.sector ?? '' }))
  );
}

export function readPloverGold(path: string): GoldRecord[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  const records: GoldRecord[] = [];
  for (const r of raw) {
    const old = OLD_TYPES[String(r.event)];
    if (!old || typeof r.text !== 'string') continue; // the DOCUMENT header record
    const oldMode = typeof r.mode === 'string' ? OLD_MODES[r.mode] : undefined;
    records.push({
      id: String(r.id),
      text: r.text,
      type: old.type,
      oldType: String(r.event),
      mode: oldMode ?? old.mode ?? null,
      source: actors(r.source),
      target: actors(r.target),
      cameoRoots: old.roots,
    });
  }
  return records;
}
