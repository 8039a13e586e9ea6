import { DEFAULT_DB } from '../store/open.js';

/** `--db`: a SQLite file or a postgres:// URL; default $DATELINE_DB or ./dateline.db (commander prints which). */
export const DB_OPTION = {
  flags: '--db <file|url>',
  description: 'SQLite file, or postgres://user@host/db[?schema=NAME]; $DATELINE_DB when set',
  defaultValue: process.env.DATELINE_DB ?? DEFAULT_DB,
} as const;
