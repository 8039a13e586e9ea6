// Shapes of the HTTP API's JSON answers, shared by the server and the web UI.
import type { AnalyzedArticle, Span } from '../doc/schema.js';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** A page of /api/events: paged by offset or, faster for deep pages, by cursor. */
export interface EventsPage extends Page<EventRow> {
  /** True when `total` is a lower bound: counting stopped there (large full-text matches). */
  totalIsLowerBound: boolean;
  /** Pass as `cursor` for the page after this one; null on the last page. */
  nextCursor: string | null;
  /** Pass as `cursor` for the page before this one; null on the first page. */
  previousCursor: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
  path: string | null;
  counts: { mentions: number; entities: number; timexes: number; attributions: number; events: number };
}

export interface EventRow {
  articleId: string;
  articleTitle: string | null;
  index: number;
  date: string | null;
  type: string;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quad: number;
  /** The source's CAMEO code (its first actor's when several are coordinated). */
  source: string | null;
  target: string | null;
  /** Every code of the source, the first first ("Russia and China …": RUS, CHN); empty without a source. */
  sourceCodes: string[];
  targetCodes: string[];
  trigger: Span;
  location: string | null;
  modality: string;
  negated: boolean;
  confidence: number;
}

export interface EntityRow {
  name: string;
  type: string;
  code: string | null;
  articles: number;
  mentions: number;
}

export interface ActorProfile {
  code: string;
  names: string[];
  mentions: number;
  articles: number;
  asSource: EventRow[];
  asTarget: EventRow[];
  partners: Array<{ code: string; events: number; meanGoldstein: number }>;
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadPoint {
  period: string;
  events: number;
  meanGoldstein: number;
  cooperation: number;
  conflict: number;
}

export interface DyadSeries {
  a: string;
  b: string;
  interval: Interval;
  points: DyadPoint[];
  events: EventRow[];
}

export interface TimelinePoint {
  period: string;
  /** Events per QuadClass 1–4. */
  quads: [number, number, number, number];
  meanGoldstein: number;
}

export interface Timeline {
  interval: Interval;
  points: TimelinePoint[];
}

export interface GraphData {
  nodes: Array<{ code: string; events: number }>;
  edges: Array<{ source: string; target: string; events: number; quad: number; meanGoldstein: number }>;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  snippet: string;
}

export interface Health {
  ok: boolean;
  version: string;
  articles: number;
}

export type ArticleDetail = AnalyzedArticle;

export interface ApiError {
  error: { code: string; message: string; issues?: unknown };
}
