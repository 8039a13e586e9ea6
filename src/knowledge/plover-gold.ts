// Reads the PLOVER gold records' actors: each source/target `actorText` with its gold `code`
// (country or IGO/NGO…) and `sector`, the sentence it came from, and the record's split part.
import { readFileSync } from 'node:fs';
import { type PloverPart, ploverPart } from './plover-split.js';

export interface GoldActor {
  record: string;
  role: 'source' | 'target';
  text: string;
  context: string;
  country: string;
  /** as written in the gold, e.g. "GOV", "CVLalb", "***" (uncertain), "" (none) */
  sector: string;
  part: PloverPart;
}

interface GoldRecord {
  id: string;
  text?: string;
  source?: unknown;
  target?: unknown;
}

interface GoldActorField {
  actorText: string;
  code: string;
  sector?: string;
}

export function readPloverGoldActors(path: string): GoldActor[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[];
  const actors: GoldActor[] = [];
  for (const r of records) {
    for (const role of ['source', 'target'] as const) {
      const field = r[role];
      if (!Array.isArray(field)) continue;
      for (const a of field as GoldActorField[]) {
        actors.push({
          record: r.id,
          role,
          text: a.actorText.trim(),
          context: r.text ?? '',
          country: a.code,
          sector: a.sector ?? '',
          part: ploverPart(r.id),
        });
      }
    }
  }
  return actors;
}
