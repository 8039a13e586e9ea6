// Migration 4: the further actor codes of each side of an event. An event's source or target may be
// several coordinated actors ("Russia and China have opposed …": RUS, CHN); `events.source_code` and
// `target_code` hold the first, this table every other one, so the actor filters find each of them.
// Frozen once released: later changes go in new migrations.

/** The sides of an event, as stored in `event_coactors.side`: the JSON field and the first-code column. */
export const SIDES = { source: 'source_code', target: 'target_code' } as const;
export type Side = keyof typeof SIDES;

/**
 * The migration. `codeType`: the column type of a code (PostgreSQL collates it "C" so a `LIKE 'RUS%'`
 * prefix can seek in the index); `codesOf(side)`: a FROM item `c` whose `c.value` is each code
 * of `e.data`'s side.
 */
export function coactorsV4(codeType: string, codesOf: (side: Side) => string): string {
  const backfill = (side: Side) => `
INSERT INTO event_coactors (article_id, idx, side, code)
SELECT DISTINCT e.article_id, e.idx, '${side}', c.value FROM events e, ${codesOf(side)}
WHERE c.value <> coalesce(e.${SIDES[side]}, '');`;
  return `
CREATE TABLE event_coactors (
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  side TEXT NOT NULL,
  code ${codeType} NOT NULL,
  PRIMARY KEY (article_id, idx, side, code),
  FOREIGN KEY (article_id, idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_coactors_code ON event_coactors (side, code, article_id, idx);
${backfill('source')}
${backfill('target')}
ANALYZE event_coactors;`;
}
