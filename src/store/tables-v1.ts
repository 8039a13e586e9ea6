// Version 1 of the tables, the same on both backends but for a few column types.
// Frozen: it is part of migration 1 of each backend; later changes go in new migrations.

export interface ColumnTypes {
  real: string;
  bool: string;
  json: string;
}

/** The columns of `articles` after its key (each backend adds its key and full-text columns). */
export function articleColumnsV1(t: ColumnTypes): string {
  return `
  title TEXT,
  dek TEXT,
  byline ${t.json} NOT NULL,
  publisher TEXT,
  published TEXT,
  published_how TEXT,
  published_date TEXT,
  language TEXT NOT NULL,
  url TEXT,
  source_path TEXT,
  source_format TEXT NOT NULL,
  text TEXT NOT NULL,
  words INTEGER NOT NULL,
  sentences_count INTEGER,
  tokens_count INTEGER,
  mentions_count INTEGER,
  entities_count INTEGER,
  timexes_count INTEGER,
  attributions_count INTEGER,
  events_count INTEGER,
  doc ${t.json} NOT NULL,
  ingested_at TEXT NOT NULL`;
}

/** Mentions, entities, timexes, attributions and events: one row per item, spans as start/end/text. */
export function layerTablesV1(t: ColumnTypes): string {
  return `
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  subtype TEXT,
  entity TEXT,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_code TEXT,
  actor_country TEXT,
  actor_sector TEXT,
  kb TEXT,
  mentions ${t.json} NOT NULL,
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_actor_code ON entities (actor_code);

CREATE TABLE timexes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  inferred ${t.bool} NOT NULL,
  anchor TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX timexes_value ON timexes (value);

CREATE TABLE attributions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  source_entity TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content_text TEXT NOT NULL,
  via INTEGER,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  goldstein ${t.real} NOT NULL,
  quad INTEGER NOT NULL,
  source_code TEXT,
  target_code TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  time_value TEXT,
  time_inferred ${t.bool},
  event_date TEXT,
  location_start INTEGER,
  location_end INTEGER,
  location_text TEXT,
  location_entity TEXT,
  attribution INTEGER,
  modality TEXT NOT NULL,
  negated ${t.bool} NOT NULL,
  confidence ${t.real} NOT NULL,
  data ${t.json} NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_cameo ON events (cameo);
`;
}

/** Migration 2: lets event pages in date order (undated last) walk an index instead of sorting every row. */
export const EVENT_ORDER_INDEX = `
CREATE INDEX events_order ON events ((event_date IS NULL), event_date, article_id, idx);
CREATE INDEX events_type_order ON events (type, (event_date IS NULL), event_date, article_id, idx);`;
