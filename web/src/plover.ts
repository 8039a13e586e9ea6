// The 16 PLOVER event types, for the filter menus.
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const QUAD_LABELS: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const QUAD_COLORS: Record<number, string> = { 1: '#2b8a3e', 2: '#1971c2', 3: '#e67700', 4: '#c92a2a' };
