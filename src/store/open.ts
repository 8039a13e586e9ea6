import { existsSync } from 'node:fs';
import { PostgresStore, parsePostgresUrl } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dateline.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export interface OpenOptions {
  /** Refuse a SQLite file that does not exist yet (commands that only read: a mistyped path is no store). */
  existing?: boolean;
}

/**
 * Opens the store named by `target`: a `postgres://…` URL (optionally `?schema=NAME`) selects
 * PostgreSQL, anything else is a SQLite file path (created when missing, unless `existing`).
 * Migrations run on open.
 */
export async function openStore(target: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  try {
    if (isPostgresUrl(target)) {
      const { connectionString, schema } = parsePostgresUrl(target);
      return await PostgresStore.open(connectionString, { schema });
    }
    if (options.existing && !existsSync(target)) {
      throw new Error(`no such file (\`dateline ingest … --db ${target}\` creates it)`);
    }
    return new SqliteStore(target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the store ${redactUrl(target)}: ${reason}`);
  }
}

/** A store or server location as printed: a URL's password masked; a file path as it is. */
export function redactUrl(target: string): string {
  try {
    const url = new URL(target);
    if (!url.host) return target;
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return target;
  }
}
