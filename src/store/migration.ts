/** One step of a backend's schema history; applied in `version` order, each exactly once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations not yet recorded in `schema_migrations`, in order; checks the list is well formed. */
export function pendingMigrations(all: readonly Migration[], applied: Iterable<number>): Migration[] {
  all.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  const done = new Set(applied);
  const newest = Math.max(0, ...done);
  if (newest > all.length) {
    throw new Error(`the database is at schema version ${newest}, newer than this Dateline (${all.length})`);
  }
  return all.filter((m) => !done.has(m.version));
}
