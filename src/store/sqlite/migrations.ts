// SQLite schema history. Never edit a released migration: add the next one.

import type { Migration } from '../migration.js';
import { articleColumnsV1, EVENT_ORDER_INDEX, layerTablesV1 } from '../tables-v1.js';
import { eventWalkV3, SORT_DATE } from '../tables-v3.js';
import { coactorsV4 } from '../tables-v4.js';

const TYPES = { real: 'REAL', bool: 'INTEGER', json: 'TEXT' };

const initial = `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  ${articleColumnsV1(TYPES)}
);
CREATE INDEX articles_published_date ON articles (published_date);
CREATE INDEX articles_publisher ON articles (publisher);

-- External-content index: rows are added in the same transaction as the article.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'porter unicode61'
);

${layerTablesV1(TYPES)}`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'event-order-index', sql: EVENT_ORDER_INDEX },
  {
    version: 3,
    name: 'event-walk-indexes',
    // SQLite adds only virtual generated columns to a table; the indexes store its values.
    // ANALYZE: the planner needs the new indexes' statistics to choose between walking the order and sorting.
    sql: `${eventWalkV3(`ALTER TABLE events ADD COLUMN sort_date TEXT GENERATED ALWAYS AS (${SORT_DATE}) VIRTUAL`)}
ANALYZE events;`,
  },
  {
    version: 4,
    name: 'event-coactors',
    sql: coactorsV4('TEXT', (side) => `json_each(e.data, '$.${side}.codes') c`),
  },
];
