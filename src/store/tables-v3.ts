// Migration 3, the same on both backends but for how the new column is computed.
// Events get `sort_date`: their date, or UNDATED_SORT when they have none, so the event order
// (dated first, undated last, then article, then position) is three plain columns, which a keyset
// condition `(sort_date, article_id, idx) > (…)` can seek on. Every index on events now holds all the
// filtered columns: a page walks the order (all events, or one type) checking filters without reading
// rows, and a count is a scan of one index range.
// Frozen once released: later changes go in new migrations.

/** Sorts after every `YYYY-MM-DD` (bytewise; PostgreSQL's column is collated "C" for that). */
export const UNDATED_SORT = '~';

/** `sort_date` computed from `event_date`. */
export const SORT_DATE = `coalesce(event_date, '${UNDATED_SORT}')`;

/** The columns event queries filter on. */
const FILTERED = ['event_date', 'source_code', 'target_code', 'type', 'cameo'];

/** An index led by `lead`, holding the other filtered columns too. */
const covering = (name: string, lead: string[]) =>
  `CREATE INDEX ${name} ON events (${[...lead, ...FILTERED.filter((c) => !lead.includes(c))].join(', ')});`;

/** The migration, after the backend's statement adding `events.sort_date`. */
export function eventWalkV3(addSortDate: string): string {
  return `
${addSortDate};
DROP INDEX events_order;
DROP INDEX events_type_order;
DROP INDEX events_type;
${['date', 'source', 'target', 'cameo'].map((c) => `DROP INDEX events_${c};`).join('\n')}
${covering('events_walk', ['sort_date', 'article_id', 'idx'])}
${covering('events_type_walk', ['type', 'sort_date', 'article_id', 'idx'])}
${covering('events_date', ['event_date'])}
${covering('events_source', ['source_code'])}
${covering('events_target', ['target_code'])}
${covering('events_cameo', ['cameo'])}`;
}
