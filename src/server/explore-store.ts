// What the HTTP API needs from a store. The Store implementations satisfy it (see src/store).
import type { AnalyzedArticle } from '../doc/schema.js';
import type { ArticleSummary, EntityRow, EventRow, Page, SearchHit } from './api-types.js';

export interface ArticleFilter {
  from?: string;
  to?: string;
  publisher?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface EventFilter {
  /** Source actor code prefix ("PRK" matches PRKGOV). */
  actor?: string;
  /** Target actor code prefix. */
  target?: string;
  /** Either side: the event has this actor as source or target. */
  either?: string;
  type?: string;
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface ExploreStore {
  countArticles(): Promise<number>;
  listArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<AnalyzedArticle | null>;
  queryEvents(filter: EventFilter): Promise<Page<EventRow>>;
  listEntities(filter: {
    q?: string;
    type?: string;
    code?: string;
    limit: number;
    offset: number;
  }): Promise<Page<EntityRow>>;
  search(q: string, limit: number, offset: number): Promise<Page<SearchHit>>;
}
