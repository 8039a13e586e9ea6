// The embedded store: one SQLite file (WAL, foreign keys), full text with FTS5.
import Database from 'better-sqlite3';
import type { AnalyzedArticle } from '../../doc/schema.js';
import { pendingMigrations } from '../migration.js';
import { ARTICLE_COLUMNS, articleRow, layerRows, type Value } from '../rows.js';
import {
  type Dialect,
  type EventPagePlan,
  type Row,
  SqlStore,
  SUMMARY_COLUMNS,
  toSummary,
} from '../sql-store.js';
import {
  COUNT_CAP,
  type Page,
  type PageQuery,
  type PutResult,
  pageBounds,
  type SearchHit,
} from '../store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const quote = (column: string) => `"${column}"`;
const insertSql = (table: string, columns: readonly string[], conflict = '') =>
  `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${conflict}`;

/** FTS5 query: every word of the user's query quoted (so operators are never interpreted), all required. */
function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

const MMAP_BYTES = 1 << 30;
const CACHE_KIB = 64 * 1024;
/** Prepared statements kept (shapes of query: one per combination of filters used). */
const MAX_STATEMENTS = 256;

const SQLITE_DIALECT: Dialect = {
  ilike: 'LIKE',
  joinInOrder: 'CROSS JOIN',
  // a range the BINARY-collated indexes serve; codes are ASCII, so every continuation sorts below \x7f
  codePrefix: (column, prefix) => [`${column} >= ? AND ${column} < ?`, prefix, `${prefix}\x7f`],
  textMatch: 'a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
  // the article's rowid from the covering index on articles.id, tested against the matches (one set)
  walkTextMatch:
    '(SELECT a.rowid FROM articles a WHERE a.id = e.article_id) IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
  textQuery: ftsQuery,
};

export class SqliteStore extends SqlStore {
  readonly backend = 'sqlite';
  protected readonly dialect = SQLITE_DIALECT;
  private readonly db: Database.Database;
  private readonly insertArticle: Database.Statement;
  private readonly insertFts: Database.Statement;
  private readonly storeOne: (doc: AnalyzedArticle) => PutResult;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly ftsCount: Database.Statement;
  private readonly sizes: Database.Statement;

  constructor(readonly file: string) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // With WAL, NORMAL keeps the file consistent through any crash and durable through a process kill;
    // only a power loss may drop the last commits (which a rerun of the ingest stores again).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    // Reads through a memory map (no read() call per page) and a 64 MiB page cache: a served store
    // answers most queries from indexes already in memory.
    this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    this.migrate();
    // Query-planner statistics (SQLite's advice for long-lived connections): without them a common
    // actor code is filtered by its index and then sorted, instead of walking the date-order index.
    this.db.pragma('optimize = 0x10002');
    this.insertArticle = this.db.prepare(
      insertSql('articles', ARTICLE_COLUMNS, 'ON CONFLICT (id) DO NOTHING'),
    );
    this.insertFts = this.db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.ftsCount = this.db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck();
    this.sizes = this.db.prepare(
      'SELECT (SELECT max(rowid) FROM articles) AS articles, (SELECT max(rowid) FROM events) AS events',
    );
    const layerInserts = new Map<string, Database.Statement>();
    const insertLayer = (table: string, columns: readonly string[]) => {
      const known = layerInserts.get(table);
      if (known) return known;
      const stmt = this.db.prepare(insertSql(table, columns));
      layerInserts.set(table, stmt);
      return stmt;
    };
    this.storeOne = this.db.transaction((doc: AnalyzedArticle): PutResult => {
      const inserted = this.insertArticle.run(articleRow(doc, new Date().toISOString()));
      if (inserted.changes === 0) return 'unchanged';
      this.insertFts.run(inserted.lastInsertRowid, doc.title ?? '', doc.text);
      for (const { table, columns, rows } of layerRows(doc)) {
        const stmt = insertLayer(table, columns);
        for (const row of rows) stmt.run(row);
      }
      return 'new';
    });
  }

  private migrate(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    // IMMEDIATE: two processes opening a new file at once must not both apply a migration.
    this.db
      .transaction(() => {
        const applied = this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
        for (const m of pendingMigrations(SQLITE_MIGRATIONS, applied)) {
          this.db.exec(m.sql);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(m.version, m.name, new Date().toISOString());
        }
      })
      .immediate();
  }

  protected async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.statement(sql).all(...(params as Value[])) as Row[];
  }

  /** A prepared statement, kept for the next query of the same shape (a server repeats a few shapes). */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async putAnalysis(doc: AnalyzedArticle): Promise<PutResult> {
    return this.storeOne(doc);
  }

  protected override async walkForText(text: string, rows: number): Promise<boolean> {
    const matching = Number(this.ftsCount.get(text));
    // rowids only grow: the largest is the number stored (an estimate after deletions), read in O(log n)
    const { articles, events } = this.sizes.get() as { articles: number | null; events: number | null };
    if (!matching || !articles || !events) return false;
    // Reading the matching articles' events reads (and sorts) about this many events …
    const read = (matching * events) / articles;
    // … walking the order tests about this many to fill the page and count up to the cap.
    const walked = ((rows + COUNT_CAP) * articles) / matching;
    return walked < read;
  }

  protected override async eventOrderHint(plan: EventPagePlan): Promise<string> {
    // The planner's statistics (sampled by PRAGMA optimize) can misjudge a common actor code and sort
    // all its events: walk when that reads fewer, about rows × events / matches against matches
    // (a capped count: more than the cap match, so the walk is short).
    const { events } = this.sizes.get() as { events: number | null };
    const walk = plan.capped || plan.matches * plan.matches > plan.rows * (events ?? 0);
    return walk ? `INDEXED BY ${plan.byType ? 'events_type_walk' : 'events_walk'}` : '';
  }

  async search(q: string, page: PageQuery = {}): Promise<Page<SearchHit>> {
    const query = ftsQuery(q);
    if (query === null) return { total: 0, items: [] };
    const { limit, offset } = pageBounds(page);
    const total = Number(this.ftsCount.get(query));
    const rows = await this.all(
      `SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet, f.rank AS rank
       FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
       WHERE articles_fts MATCH ? ORDER BY f.rank, a.id LIMIT ? OFFSET ?`,
      [query, limit, offset],
    );
    // bm25 ranks are negative, better matches lower: negate so higher is better.
    return {
      total,
      items: rows.map((r) => ({ article: toSummary(r), snippet: String(r.snippet), score: -Number(r.rank) })),
    };
  }

  /** `PRAGMA integrity_check` (first line; "ok" when the file is sound). */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.db.close();
  }
}
