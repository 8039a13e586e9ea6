// PostgreSQL schema history. Never edit a released migration: add the next one.

import type { Migration } from '../migration.js';
import { articleColumnsV1, layerTablesV1 } from '../tables-v1.js';

const TYPES = { real: 'DOUBLE PRECISION', bool: 'BOOLEAN', json: 'JSONB' };

const initial = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  ${articleColumnsV1(TYPES)},
  -- Full text: the title weighs more than the body.
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
  ) STORED
);
CREATE INDEX articles_published_date ON articles (published_date);
CREATE INDEX articles_publisher ON articles (publisher);
CREATE INDEX articles_search ON articles USING GIN (search);

${layerTablesV1(TYPES)}`;

export const POSTGRES_MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: initial }];
