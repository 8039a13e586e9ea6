// The store at scale: PostgreSQL (any number of writers), full text with a weighted tsvector.
import pg from 'pg';
import type { AnalyzedArticle } from '../../doc/schema.js';
import { pendingMigrations } from '../migration.js';
import { ARTICLE_COLUMNS, articleRow, layerRows, type Value } from '../rows.js';
import { type Dialect, likePrefix, type Row, SqlStore, SUMMARY_COLUMNS, toSummary } from '../sql-store.js';
import { type Page, type PageQuery, type PutResult, pageBounds, type SearchHit } from '../store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/** `?` placeholders → `$1, $2, …` (our SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Words of the user's query for plainto_tsquery (all required, like the SQLite backend). */
function tsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.join(' ') : null;
}

const POSTGRES_DIALECT: Dialect = {
  ilike: 'ILIKE',
  joinInOrder: 'JOIN',
  codePrefix: likePrefix,
  textMatch: `a.search @@ plainto_tsquery('english', ?)`,
  textQuery: tsQuery,
};

/** Largest number of rows in one multi-row INSERT (PostgreSQL allows 65535 parameters). */
const ROWS_PER_INSERT = 1000;

export interface PostgresOptions {
  /** Schema holding the tables (created when missing); default `public`. */
  schema?: string;
}

/** Splits `?schema=NAME` off a postgres:// URL (the driver would not understand it). */
export function parsePostgresUrl(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

export class PostgresStore extends SqlStore {
  readonly backend = 'postgres';
  protected readonly dialect = POSTGRES_DIALECT;
  private readonly pool: pg.Pool;

  private constructor(
    connectionString: string,
    readonly schema: string,
  ) {
    super();
    this.pool = new pg.Pool({ connectionString, options: `-c search_path=${quote(schema)}` });
  }

  /** Connects and brings the schema up to date (concurrent openers wait on an advisory lock). */
  static async open(connectionString: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(connectionString, options.schema ?? 'public');
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `dateline-migrations:${this.schema}`,
      ]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(this.schema)}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const applied = (await client.query('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      );
      for (const m of pendingMigrations(POSTGRES_MIGRATIONS, applied)) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  protected async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(numbered(sql), params as unknown[])).rows;
  }

  private static insertSql(table: string, columns: readonly string[], rows: number, suffix = ''): string {
    let n = 0;
    const tuple = () => `(${columns.map(() => `$${++n}`).join(', ')})`;
    const values = Array.from({ length: rows }, tuple).join(', ');
    return `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES ${values} ${suffix}`;
  }

  async putAnalysis(doc: AnalyzedArticle): Promise<PutResult> {
    return this.transaction(async (client) => {
      // A concurrent writer of the same id makes this wait, then do nothing: stored exactly once.
      const inserted = await client.query(
        PostgresStore.insertSql('articles', ARTICLE_COLUMNS, 1, 'ON CONFLICT (id) DO NOTHING RETURNING id'),
        articleRow(doc, new Date().toISOString()),
      );
      if (inserted.rowCount === 0) return 'unchanged';
      for (const { table, columns, rows } of layerRows(doc)) {
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          const chunk = rows.slice(i, i + ROWS_PER_INSERT);
          await client.query(PostgresStore.insertSql(table, columns, chunk.length), chunk.flat() as Value[]);
        }
      }
      return 'new';
    });
  }

  async search(q: string, page: PageQuery = {}): Promise<Page<SearchHit>> {
    const words = tsQuery(q);
    if (words === null) return { total: 0, items: [] };
    const { limit, offset } = pageBounds(page);
    const from = `FROM articles a, plainto_tsquery('english', $1) query WHERE a.search @@ query`;
    const total = Number((await this.pool.query(`SELECT count(*) AS n ${from}`, [words])).rows[0].n);
    const { rows } = await this.pool.query(
      `SELECT ${SUMMARY_COLUMNS},
         ts_headline('english', a.text, query, 'StartSel=«, StopSel=», MaxFragments=1, MaxWords=24, MinWords=8')
           AS snippet,
         ts_rank_cd(a.search, query) AS rank
       ${from} ORDER BY rank DESC, a.id LIMIT $2 OFFSET $3`,
      [words, limit, offset],
    );
    return {
      total,
      items: rows.map((r) => ({ article: toSummary(r), snippet: String(r.snippet), score: Number(r.rank) })),
    };
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
