import { PostgresStore, parsePostgresUrl } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dateline.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens the store named by `target`: a `postgres://…` URL (optionally `?schema=NAME`) selects
 * PostgreSQL, anything else is a SQLite file path (created when missing). Migrations run on open.
 */
export async function openStore(target: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { connectionString, schema } = parsePostgresUrl(target);
    return PostgresStore.open(connectionString, { schema });
  }
  return new SqliteStore(target);
}
