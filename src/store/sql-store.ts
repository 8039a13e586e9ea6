// The queries both SQL backends share. A backend supplies how to run a statement (`?` placeholders),
// how to store an article in one transaction, its full-text dialect and its search.
import type { AnalyzedArticle } from '../doc/schema.js';
import type {
  ArticleQuery,
  ArticleSummary,
  EntityQuery,
  EntitySummary,
  EventQuery,
  EventRecord,
  Page,
  PageQuery,
  PutResult,
  SearchHit,
  Store,
  StoreStats,
} from './store.js';
import { COUNT_CAP, COUNTED_LAYERS, type CountedLayer, pageBounds } from './store.js';
import { UNDATED_SORT } from './tables-v3.js';
import { SIDES, type Side } from './tables-v4.js';

export type Row = Record<string, unknown>;

/** SQL fragments that differ between backends. */
export interface Dialect {
  /** Case-insensitive LIKE operator. */
  ilike: string;
  /** An inner join whose left side is read first (SQLite's planner may not know the left side is small). */
  joinInOrder: string;
  /** A condition on articles alias `a` that holds when the article matches the full-text query `?`. */
  textMatch: string;
  /**
   * A condition on events alias `e`: its article matches the full-text query `?`, tested one event at a
   * time (for walking the event order); absent when the backend's planner chooses well by itself.
   */
  walkTextMatch?: string;
  /** Turns a user's query into the parameter `textMatch` expects, or null when it has no words. */
  textQuery(q: string): string | null;
  /** A condition and its parameters: `column` (an upper-case code) starts with `prefix`. */
  codePrefix(column: string, prefix: string): [string, ...string[]];
}

/** What is known of an event page before it is read. */
export interface EventPagePlan {
  /** Events matching the filters (counted). */
  matches: number;
  /** How far into the event order the page reaches (offset + limit). */
  rows: number;
  /** Filtered by type (an index leads with it). */
  byType: boolean;
  /** `matches` is a lower bound: counting stopped at the cap. */
  capped: boolean;
}

/** `LIKE 'PRK%'`, for dialects whose indexes cannot serve it. */
export function likePrefix(column: string, prefix: string): [string, string] {
  return [`${column} LIKE ? ESCAPE '\\'`, `${likeLiteral(prefix)}%`];
}

/** Columns of `articles` that make an ArticleSummary (alias `a`). */
export const SUMMARY_COLUMNS = [
  'id',
  'title',
  'dek',
  'publisher',
  'published',
  'published_how',
  'url',
  'source_path',
  'source_format',
  'words',
  ...COUNTED_LAYERS.map((l) => `${l}_count`),
  'ingested_at',
]
  .map((c) => `a.${c}`)
  .join(', ');

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toSummary(row: Row): ArticleSummary {
  const counts = Object.fromEntries(
    COUNTED_LAYERS.map((l) => {
      const v = row[`${l}_count`];
      return [l, v === null || v === undefined ? null : Number(v)];
    }),
  ) as Record<CountedLayer, number | null>;
  return {
    id: String(row.id),
    title: str(row.title),
    dek: str(row.dek),
    publisher: str(row.publisher),
    published: str(row.published),
    publishedHow: str(row.published_how),
    url: str(row.url),
    path: str(row.source_path),
    format: String(row.source_format),
    words: num(row.words),
    counts,
    ingestedAt: String(row.ingested_at),
  };
}

/** The inclusive upper bound of a `to` date: a year or a month reaches its last day (2024-03 → 2024-03-31). */
function lastDayOf(to: string): string {
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  // Dates compare as text, so day 31 is past the last day of every month.
  if (/^\d{4}-\d{2}$/.test(to)) return `${to}-31`;
  return to;
}

/** Accumulates WHERE conditions and their parameters. */
class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];
  add(condition: string, ...params: unknown[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }
  dates(column: string, from?: string, to?: string): void {
    if (from) this.add(`${column} >= ?`, from.slice(0, 10));
    if (to) this.add(`${column} <= ?`, lastDayOf(to.slice(0, 10)));
  }
  copy(): Where {
    const copy = new Where();
    copy.conditions.push(...this.conditions);
    copy.params.push(...this.params);
    return copy;
  }
  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** A condition and its parameters. */
type Condition = [string, ...unknown[]];

/** An actor filter: matched by a side's first code, or by one of its further codes. */
interface ActorMatch {
  first: Condition;
  further: Condition;
}

/**
 * `rest` and the actor filters as disjoint conditions whose matches add up to those of `rest AND
 * (first OR further)` for every filter: each filter is matched either by its first code, or not by it
 * and by a further code.
 */
function disjointParts(rest: Where, actors: readonly ActorMatch[]): Where[] {
  return actors.reduce(
    (parts, { first, further }) =>
      parts.flatMap((part) => {
        const byFirst = part.copy();
        byFirst.add(...first);
        const byFurther = part.copy();
        byFurther.add(`${first[0]} IS NOT TRUE AND ${further[0]}`, ...first.slice(1), ...further.slice(1));
        return [byFirst, byFurther];
      }),
    [rest],
  );
}

/** Escapes LIKE wildcards so a prefix or substring is matched literally (with ESCAPE '\'). */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export abstract class SqlStore implements Store {
  abstract readonly backend: StoreStats['backend'];
  protected abstract readonly dialect: Dialect;
  /** Runs one statement with `?` placeholders and returns its rows. */
  protected abstract all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  abstract putAnalysis(doc: AnalyzedArticle): Promise<PutResult>;
  abstract search(q: string, page?: PageQuery): Promise<Page<SearchHit>>;
  abstract close(): Promise<void>;

  protected async one(sql: string, params: readonly unknown[] = []): Promise<Row> {
    return (await this.all(sql, params))[0] ?? {};
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.all('SELECT 1 AS found FROM articles WHERE id = ?', [id])).length > 0;
  }

  async getArticle(id: string): Promise<AnalyzedArticle | null> {
    const row = (await this.all('SELECT doc FROM articles WHERE id = ?', [id]))[0];
    return row ? json<AnalyzedArticle>(row.doc) : null;
  }

  /** Adds the full-text condition; false when the query has no words (nothing can match). */
  private addText(where: Where, q: string | undefined): boolean {
    if (q === undefined) return true;
    const text = this.dialect.textQuery(q);
    if (text === null) return false;
    where.add(this.dialect.textMatch, text);
    return true;
  }

  async listArticles(query: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
    const { limit, offset } = pageBounds(query);
    const where = new Where();
    where.dates('a.published_date', query.from, query.to);
    if (query.publisher !== undefined) where.add('a.publisher = ?', query.publisher);
    if (!this.addText(where, query.q)) return { total: 0, items: [] };
    const total = num((await this.one(`SELECT count(*) AS n FROM articles a ${where}`, where.params)).n);
    const rows = await this.all(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
       ORDER BY a.published_date IS NULL, a.published_date DESC, a.published DESC, a.id LIMIT ? OFFSET ?`,
      [...where.params, limit, offset],
    );
    return { total, items: rows.map(toSummary) };
  }

  async queryEvents(query: EventQuery = {}): Promise<Page<EventRecord>> {
    const { limit, offset } = pageBounds(query);
    // `rest`: every condition but the actor filters, which are kept apart for counting.
    const rest = new Where();
    // Codes are upper case: normalise the query so every backend compares them alike.
    const actors: ActorMatch[] = [];
    if (query.actor) actors.push(this.actorMatch(['source'], query.actor.toUpperCase()));
    if (query.target) actors.push(this.actorMatch(['target'], query.target.toUpperCase()));
    if (query.involving) actors.push(this.actorMatch(['source', 'target'], query.involving.toUpperCase()));
    // PLOVER types are stored in capitals: compare as is so the index on type is used
    if (query.type) rest.add('e.type = ?', query.type.toUpperCase());
    if (query.cameo) rest.add(...this.dialect.codePrefix('e.cameo', query.cameo));
    rest.dates('e.event_date', query.from, query.to);
    let walk = false;
    if (query.q !== undefined) {
      const text = this.dialect.textQuery(query.q);
      if (text === null) return { total: 0, items: [] };
      const { walkTextMatch } = this.dialect;
      walk = walkTextMatch !== undefined && (await this.walkForText(text, offset + limit));
      rest.add(
        walkTextMatch && walk
          ? walkTextMatch
          : `e.article_id IN (SELECT a.id FROM articles a WHERE ${this.dialect.textMatch})`,
        text,
      );
    }
    const where = rest.copy();
    for (const { first, further } of actors) {
      where.add(`(${first[0]} OR ${further[0]})`, ...first.slice(1), ...further.slice(1));
    }
    // Counted as disjoint parts: the events every actor filter matches by its first code (a range of
    // an index holding the other filtered columns too, as without coordinated actors), plus for each
    // other combination the few matched through event_coactors. One `a OR b` count would read the row
    // of every event matched (SQLite) or scan them all (PostgreSQL).
    // Walking the order for a large text match, counting every match would read them all: stop at the cap.
    const parts = disjointParts(rest, actors);
    const count = parts
      .map((part) =>
        walk
          ? `(SELECT count(*) FROM (SELECT 1 FROM events e ${part} LIMIT ${COUNT_CAP + 1}) c)`
          : `(SELECT count(*) FROM events e ${part})`,
      )
      .join(' + ');
    const counted = num(
      (
        await this.one(
          `SELECT ${count} AS n`,
          parts.flatMap((p) => p.params),
        )
      ).n,
    );
    const capped = walk && counted > COUNT_CAP;
    // The page walks the event order: the same conditions, the date range also as a range of the
    // order (so the walk starts at `from`), and the keyset bound.
    const page = where.copy();
    page.dates('e.sort_date', query.from, query.to);
    const backwards = query.before !== undefined;
    const key = query.before ?? query.after;
    if (key) {
      page.add(
        `(e.sort_date, e.article_id, e.idx) ${backwards ? '<' : '>'} (?, ?, ?)`,
        key.date ?? UNDATED_SORT,
        key.articleId,
        key.index,
      );
    }
    const direction = backwards ? 'DESC' : 'ASC';
    const hint = await this.eventOrderHint({
      matches: counted,
      rows: offset + limit,
      byType: query.type !== undefined,
      capped,
    });
    // The page's keys are chosen first; only its events and their articles are read in full.
    const rows = await this.all(
      `SELECT e.article_id, e.idx, e.event_date, e.data, a.title, a.published, a.publisher, a.url
       FROM (SELECT e.article_id, e.idx FROM events e ${hint} ${page}
             ORDER BY e.sort_date ${direction}, e.article_id ${direction}, e.idx ${direction} LIMIT ? OFFSET ?) p
       ${this.dialect.joinInOrder} events e ON e.article_id = p.article_id AND e.idx = p.idx
       ${this.dialect.joinInOrder} articles a ON a.id = e.article_id
       ORDER BY e.sort_date, e.article_id, e.idx`,
      [...page.params, limit, offset],
    );
    return {
      total: capped ? COUNT_CAP : counted,
      ...(capped && { totalIsLowerBound: true }),
      items: rows.map((r) => ({
        articleId: String(r.article_id),
        index: num(r.idx),
        date: str(r.event_date),
        event: json(r.data),
        article: {
          title: str(r.title),
          published: str(r.published),
          publisher: str(r.publisher),
          url: str(r.url),
        },
      })),
    };
  }

  /**
   * An event has an actor code starting with `code` on one of `sides`: as the side's first code (a
   * column the event indexes hold) or as a further coordinated actor (`event_coactors`).
   */
  private actorMatch(sides: Side[], code: string): ActorMatch {
    const first = sides.map((side) => this.dialect.codePrefix(`e.${SIDES[side]}`, code));
    const [further, ...furtherParams] = this.dialect.codePrefix('c.code', code);
    const inSides = sides.map((side) => `'${side}'`).join(', ');
    return {
      first: [`(${first.map(([condition]) => condition).join(' OR ')})`, ...first.flatMap(([, ...p]) => p)],
      further: [
        `(e.article_id, e.idx) IN (SELECT c.article_id, c.idx FROM event_coactors c WHERE c.side IN (${inSides}) AND ${further})`,
        ...furtherParams,
      ],
    };
  }

  /**
   * Whether events matching the full-text query `text` are best found by walking the event order and
   * testing each event's article (`Dialect.walkTextMatch`), rather than by reading every event of the
   * matching articles and sorting them. `rows`: how far into the order the page reaches.
   */
  protected async walkForText(_text: string, _rows: number): Promise<boolean> {
    return false;
  }

  /**
   * SQL after `FROM events e` in a page query that makes the backend walk the event order, or ''
   * to leave the choice to its planner.
   */
  protected async eventOrderHint(_plan: EventPagePlan): Promise<string> {
    return '';
  }

  async entities(query: EntityQuery = {}): Promise<Page<EntitySummary>> {
    const { limit, offset } = pageBounds(query);
    const where = new Where();
    if (query.q) where.add(`n.name ${this.dialect.ilike} ? ESCAPE '\\'`, `%${likeLiteral(query.q)}%`);
    if (query.type) where.add('n.type = ?', query.type);
    if (query.actor) where.add(...this.dialect.codePrefix('n.actor_code', query.actor.toUpperCase()));
    const grouped = `SELECT n.name, n.type, n.actor_code, count(DISTINCT n.article_id) AS articles, sum(n.mention_count) AS mentions
      FROM entities n ${where} GROUP BY n.name, n.type, n.actor_code`;
    const total = num((await this.one(`SELECT count(*) AS n FROM (${grouped}) g`, where.params)).n);
    const rows = await this.all(
      `SELECT * FROM (${grouped}) g ORDER BY g.articles DESC, g.mentions DESC, g.name LIMIT ? OFFSET ?`,
      [...where.params, limit, offset],
    );
    return {
      total,
      items: rows.map((r) => ({
        name: String(r.name),
        type: r.type as EntitySummary['type'],
        actor: str(r.actor_code),
        articles: num(r.articles),
        mentions: num(r.mentions),
      })),
    };
  }

  async countArticles(): Promise<number> {
    return num((await this.one('SELECT count(*) AS n FROM articles')).n);
  }

  async stats(): Promise<StoreStats> {
    const sums = COUNTED_LAYERS.map(
      (l) => `sum(${l}_count) AS ${l}, count(${l}_count) AS ${l}_articles`,
    ).join(', ');
    const totals = await this.one(
      `SELECT count(*) AS articles, sum(words) AS words, ${sums},
        min(published_date) AS first, max(published_date) AS last,
        sum(CASE WHEN published_date IS NULL THEN 1 ELSE 0 END) AS undated
       FROM articles`,
    );
    const publishers = await this.all(
      `SELECT publisher, count(*) AS n FROM articles WHERE publisher IS NOT NULL
       GROUP BY publisher ORDER BY count(*) DESC, publisher LIMIT 10`,
    );
    return {
      backend: this.backend,
      articles: num(totals.articles),
      words: num(totals.words),
      layers: Object.fromEntries(COUNTED_LAYERS.map((l) => [l, num(totals[l])])) as Record<
        CountedLayer,
        number
      >,
      analyzed: Object.fromEntries(COUNTED_LAYERS.map((l) => [l, num(totals[`${l}_articles`])])) as Record<
        CountedLayer,
        number
      >,
      published: { first: str(totals.first), last: str(totals.last), undated: num(totals.undated) },
      publishers: publishers.map((r) => ({ publisher: String(r.publisher), articles: num(r.n) })),
    };
  }
}
