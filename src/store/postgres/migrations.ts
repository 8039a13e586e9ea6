// PostgreSQL schema history. Never edit a released migration: add the next one.

import type { Migration } from '../migration.js';
import { articleColumnsV1, EVENT_ORDER_INDEX, layerTablesV1 } from '../tables-v1.js';
import { eventWalkV3, SORT_DATE } from '../tables-v3.js';
import { coactorsV4 } from '../tables-v4.js';

const TYPES = { real: 'DOUBLE PRECISION', bool: 'BOOLEAN', json: 'JSONB' };

const initial = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  ${articleColumnsV1(TYPES)},
  -- Full text: the title weighs more than the body. A tsvector holds at most 1 MB, so only the
  -- first million characters of a (very long) body are indexed.
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', left(text, 1000000)), 'B')
  ) STORED
);
CREATE INDEX articles_published_date ON articles (published_date);
CREATE INDEX articles_publisher ON articles (publisher);
CREATE INDEX articles_search ON articles USING GIN (search);

${layerTablesV1(TYPES)}`;

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'event-order-index', sql: EVENT_ORDER_INDEX },
  {
    version: 3,
    name: 'event-walk-indexes',
    // collated "C" so the undated marker sorts after every date whatever the database's locale
    sql: `${eventWalkV3(`ALTER TABLE events ADD COLUMN sort_date TEXT COLLATE "C" GENERATED ALWAYS AS (${SORT_DATE}) STORED`)}
ANALYZE events;`,
  },
  {
    version: 4,
    name: 'event-coactors',
    sql: coactorsV4(
      'TEXT COLLATE "C"',
      (side) => `jsonb_array_elements_text(e.data -> '${side}' -> 'codes') AS c (value)`,
    ),
  },
];
