// Tests against real PostgreSQL and Redis servers. Where a server does not answer they skip with a
// message — except in CI (CI set), where a missing server is an error, never a silent skip.
import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import pg from 'pg';
import { describe } from 'vitest';

export const PG_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.DATELINE_TEST_REDIS ?? 'redis://127.0.0.1:6379';

async function pgAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * `describe` when the server answers, else `describe.skip` with a warning (an error under CI).
 * Use at the top of a test file: `const describePg = await describeWith('postgres');`.
 */
export async function describeWith(service: 'postgres' | 'redis'): Promise<typeof describe> {
  const [what, where, present] =
    service === 'postgres'
      ? ['PostgreSQL', PG_URL, await pgAnswers()]
      : ['Redis', REDIS_URL, await redisAnswers()];
  if (present) return describe;
  if (process.env.CI) throw new Error(`${what} does not answer at ${where}: CI needs it`);
  console.warn(`skipping ${what} tests: no server answers at ${where}`);
  return describe.skip as typeof describe;
}

/** A URL selecting a fresh schema of the test database, so concurrent test runs never meet. */
export function freshPgUrl(): { url: string; schema: string } {
  const schema = `dateline_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return { url: url.toString(), schema };
}

export async function dropPgSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
