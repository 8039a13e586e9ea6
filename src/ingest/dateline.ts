// Wire datelines opening a story: "PYONGYANG, July 29 (Reuters) -", "DALLAS (AP) —", "KYIV, Ukraine —".
import type { Dateline } from '../doc/schema.js';
import { readListResource } from '../resources.js';

let labels: Set<string> | undefined;
function notPlaces(): Set<string> {
  labels ??= new Set(readListResource('lexicon', 'dateline-non-places.txt'));
  return labels;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE = "[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*(?:,\\s+[A-Z][A-Za-z.'’]+(?:\\s+[A-Z][A-Za-z.'’]+)*)?";
const DATELINE = new RegExp(
  `^(?<place>${PLACE})(?:,\\s+(?<date>${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?))?\\s*(?:\\((?<agency>[A-Z][\\w .&'-]{0,30})\\)\\s*)?(?<dash>[-—–]{1,2})\\s+`,
);

export interface FoundDateline {
  dateline: Dateline;
  /** Length of the dateline including the dash and the space after it. */
  length: number;
}

/** The dateline `paragraph` opens with, if any. */
export function findDateline(paragraph: string): FoundDateline | null {
  const m = DATELINE.exec(paragraph);
  const groups = m?.groups;
  // The place's first word must be a capitalised word of two letters or more ("US" — but not "A").
  if (!m || !groups || !/^[A-Z][A-Z.'’-]+\b/.test(groups.place) || notPlaces().has(groups.place)) return null;
  return {
    dateline: {
      text: m[0].trimEnd(),
      place: groups.place,
      date: groups.date ?? null,
      agency: groups.agency ?? null,
    },
    length: m[0].length,
  };
}
