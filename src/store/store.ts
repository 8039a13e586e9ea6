// The one storage interface every backend implements (SQLite embedded, PostgreSQL at scale).
// Methods are async so a networked database fits; both backends run the same test suite.
import type { AnalyzedArticle, Event, LayerName, MentionType } from '../doc/schema.js';

/**
 * The layers whose item count each stored article keeps in a column (`<layer>_count`, created by the
 * migrations). Lower-case names only: PostgreSQL folds unquoted identifiers, so a `captionMentions_count`
 * column would be read back as `captionmentions_count`.
 */
export const COUNTED_LAYERS = [
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'timexes',
  'attributions',
  'events',
] as const satisfies readonly Extract<LayerName, Lowercase<LayerName>>[];
export type CountedLayer = (typeof COUNTED_LAYERS)[number];

/** What storing an analysis did: articles are keyed by content hash, so a known one is left as it was. */
export type PutResult = 'new' | 'unchanged';

/** Paging for list queries; `limit` defaults to 50 and is capped at 1000. */
export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** One page of results and how many match in all. */
export interface Page<T> {
  total: number;
  items: T[];
  /**
   * True when counting stopped at `COUNT_CAP`: at least `total` match, maybe more. Only event
   * queries whose text matches a large part of the store count this way (an exact count there
   * costs as much as reading every matching event).
   */
  totalIsLowerBound?: boolean;
}

/** Where an event stands in the event order (date, undated last; then article, then position). */
export interface EventKey {
  date: string | null;
  articleId: string;
  index: number;
}

/**
 * Dates are compared on their first ten characters (YYYY-MM-DD); both bounds are inclusive, and a year or
 * a month as `to` includes all of it (`to: '2024-03'` keeps 2024-03-31).
 */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface ArticleQuery extends DateRange, PageQuery {
  /** Exact publisher name. */
  publisher?: string;
  /** Full-text query over title and body (words, all required). */
  q?: string;
}

/** Number of items in each layer; null when the stage producing it has not run on the article. */
export type LayerCounts = Record<CountedLayer, number | null>;

export interface ArticleSummary {
  id: string;
  title: string | null;
  dek: string | null;
  publisher: string | null;
  /** Publication date as found (`YYYY-MM-DD[THH:MM…]`) and how it was found. */
  published: string | null;
  publishedHow: string | null;
  url: string | null;
  path: string | null;
  format: string;
  words: number;
  counts: LayerCounts;
  /** When the article was stored (ISO 8601). */
  ingestedAt: string;
}

export interface SearchHit {
  article: ArticleSummary;
  /** A short excerpt of the body around the matches, the matched words between « and ». */
  snippet: string;
  /** Relevance, higher is better (comparable within one result list only). */
  score: number;
}

export interface EventQuery extends DateRange, PageQuery {
  /** Source actor: a CAMEO code or its prefix (`PRK` matches `PRKGOV`). */
  actor?: string;
  /** Target actor: a CAMEO code or its prefix. */
  target?: string;
  /** Either side: events whose source or target code starts with this. */
  involving?: string;
  /** PLOVER event type (exact, case-insensitive). */
  type?: string;
  /** CAMEO event code or its prefix (`04` matches `043`). */
  cameo?: string;
  /** Full-text query: events of the articles matching it. */
  q?: string;
  /** Keyset paging: only events after this one in the event order (`offset` then counts from it). */
  after?: EventKey;
  /** Keyset paging backwards: the last `limit` events before this one (still returned in order). */
  before?: EventKey;
}

export interface EventRecord {
  articleId: string;
  /** Index of the event in the article's `events` layer. */
  index: number;
  /** The event's date: its resolved time when it is a calendar date, else the article's publication date. */
  date: string | null;
  event: Event;
  article: { title: string | null; published: string | null; publisher: string | null; url: string | null };
}

export interface EntityQuery extends PageQuery {
  /** Part of the entity's name (case-insensitive). */
  q?: string;
  type?: MentionType;
  /** CAMEO actor code or its prefix. */
  actor?: string;
}

/** An entity aggregated over every article naming it (same name, type and actor code). */
export interface EntitySummary {
  name: string;
  type: MentionType;
  actor: string | null;
  articles: number;
  mentions: number;
}

export interface StoreStats {
  backend: 'sqlite' | 'postgres';
  articles: number;
  words: number;
  /** Items per layer summed over all articles. */
  layers: Record<CountedLayer, number>;
  /** Articles the stage producing each layer has run on (0: the layer is not produced yet). */
  analyzed: Record<CountedLayer, number>;
  /** First and last publication date and how many articles have none. */
  published: { first: string | null; last: string | null; undated: number };
  /** The most frequent publishers, most articles first (at most ten). */
  publishers: { publisher: string; articles: number }[];
}

export interface Store {
  /**
   * Stores an analyzed article and every layer as queryable rows, in one transaction. An article
   * whose id (content hash) is already stored is left untouched: the result is `unchanged`.
   */
  putAnalysis(doc: AnalyzedArticle): Promise<PutResult>;
  /** Whether an article with this id is stored (lets callers skip analysing it again). */
  hasArticle(id: string): Promise<boolean>;
  /** The full analysis as it was stored, or null. */
  getArticle(id: string): Promise<AnalyzedArticle | null>;
  /** Articles, newest publication first (undated last), filtered by date, publisher and text. */
  listArticles(query?: ArticleQuery): Promise<Page<ArticleSummary>>;
  /** Full-text search over title and body, best match first. */
  search(q: string, page?: PageQuery): Promise<Page<SearchHit>>;
  /**
   * Events in date order (undated last, then article, then position), filtered by actors, type, date
   * and text; `after`/`before` page by key, which stays as fast on the last page as on the first.
   */
  queryEvents(query?: EventQuery): Promise<Page<EventRecord>>;
  /** Entities across articles, most articles first. */
  entities(query?: EntityQuery): Promise<Page<EntitySummary>>;
  /** How many articles are stored (an index count, for health checks; `stats` reads every row). */
  countArticles(): Promise<number>;
  /** Counts per layer, date range, top publishers. */
  stats(): Promise<StoreStats>;
  /** Releases the connection(s); the store cannot be used afterwards. */
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
/** Event counts that would cost more than reading a page stop here (see `Page.totalIsLowerBound`). */
export const COUNT_CAP = 1000;

/** The effective limit and offset of a page query. */
export function pageBounds(page: PageQuery = {}): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  return { limit, offset: Math.max(Math.trunc(page.offset ?? 0), 0) };
}
