// Modality and negation of an event verb from the words before it (lexicon/event-cues.txt), and the
// event a modal frame turns it into (lexicon/event-modal-codes.txt: "will help" → AGREE 033).
import type { Modality } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { readListResource } from '../../resources.js';

// 'appealed' is a request CAMEO codes as an appeal (02: "urged X to …", "asked X to …") rather than a
// demand (10); its modality is 'demanded' all the same
export type Cue = Modality | 'REJECT' | 'CONTENT' | 'PURPOSE' | 'appealed';

let cues: Map<string, Cue> | null = null;
let modalCodes: Map<string, string> | null = null;

function cueTable(): Map<string, Cue> {
  cues ??= new Map(
    readListResource('lexicon', 'event-cues.txt').map((line) => {
      const [word, cue] = line.split('\t');
      return [word, cue as Cue];
    }),
  );
  return cues;
}

function modalCodeTable(): Map<string, string> {
  modalCodes ??= new Map(
    readListResource('lexicon', 'event-modal-codes.txt').map((line) => {
      const [type, root, code] = line.split('\t');
      return [`${type} ${root}`, code];
    }),
  );
  return modalCodes;
}

const negators = lexiconSet('negators.txt');
const CUE_WINDOW = 6;
const STOPS = new Set(['.', ';', ':', ',', '"', '“', '”', 'and', 'but', 'who', 'which', 'that']);

export interface VerbFrame {
  /** the modal cue found before the verb, and where */
  cue: Cue | null;
  cueAt: number;
  negated: boolean;
}

/** Cues and negation in the few words before token `start` (stopping at a clause boundary). */
export function verbFrame(words: readonly string[], start: number): VerbFrame {
  const table = cueTable();
  let cue: Cue | null = null;
  let cueAt = -1;
  let negated = false;
  for (let i = start - 1; i >= 0 && i >= start - CUE_WINDOW; i--) {
    const w = words[i];
    if (w === 'that' && cue === null) {
      // "demanded (Friday) that X …": the verb of a that-clause is framed by the verb before it
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const found = table.get(words[k]);
        if (found) return { cue: found, cueAt: k, negated };
      }
      break;
    }
    // "urged Ethiopia and Egypt to settle …": an "and" between a frame and its infinitive joins the
    // parties it is addressed to, not two clauses
    const addressees = w === 'and' && words[start - 1] === 'to' && (cue === null || cue === 'PURPOSE');
    if (STOPS.has(w) && !addressees) break;
    if (negators().has(w)) negated = true;
    const found = table.get(w);
    // a bare "to" frames only the verb right after it ("to (better) counter"), and gives way to a
    // stronger frame further back ("threatened to attack")
    if (found === 'PURPOSE' && i < start - 2) continue;
    // an outer frame governs an inner plan: "must be ready to mediate" is demanded, not intended
    const governs = found !== undefined && found !== 'CONTENT' && found !== 'PURPOSE' && found !== 'intended';
    if (found && (cue === null || cue === 'PURPOSE' || (cue === 'intended' && governs))) {
      cue = found;
      cueAt = i;
    }
  }
  return { cue, cueAt, negated };
}

/** The PLOVER type a modal frame turns an event of CAMEO `code` into, or null when it stays what it is. */
export function modalTarget(cue: Cue | null, code: string): string | null {
  const root = Number(code.slice(0, 2));
  const cooperative = root >= 3 && root <= 8;
  if (cue === 'REJECT') return 'REJECT';
  if (cue === 'demanded' || cue === 'appealed') return root === 10 || root === 2 ? null : 'REQUEST';
  if ((cue === 'pledged' || cue === 'intended') && cooperative) return root === 3 ? null : 'AGREE';
  if ((cue === 'threatened' || cue === 'intended') && root >= 14) return 'THREATEN';
  // a conditional sanction or use of force is a threat ("may halt mediation if …")
  if (cue === 'hypothetical' && root >= 16) return 'THREATEN';
  // a vow of violence is a threat ("swore to fight until …")
  if (cue === 'pledged' && root >= 18) return 'THREATEN';
  return null;
}

/**
 * The CAMEO code for a modal target type given the embedded event's code and verb ("urged X to settle" is
 * an appeal to settle a dispute, 027, whatever the verb's own code). An appeal's codes are the table's
 * APPEAL rows.
 */
export function modalCode(target: string, code: string, verb: string, cue: Cue | null): string {
  const table = modalCodeTable();
  const key = target === 'REQUEST' && cue === 'appealed' ? 'APPEAL' : target;
  return (
    table.get(`${key} ${verb}`) ??
    table.get(`${key} ${code.slice(0, 3)}`) ??
    table.get(`${key} ${code.slice(0, 2)}`) ??
    table.get(`${key} *`) ??
    code
  );
}

/** The modality a cue gives the event it frames. */
export function cueModality(cue: Cue | null): Modality {
  if (cue === 'PURPOSE') return 'intended';
  if (cue === null || cue === 'REJECT' || cue === 'CONTENT') return 'asserted';
  if (cue === 'appealed') return 'demanded';
  return cue;
}
