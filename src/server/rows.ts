// Store records → the API's JSON rows.
import { actorCodes } from '../doc/actor-codes.js';
import type {
  EntitySummary,
  EventRecord,
  ArticleSummary as StoredArticle,
  SearchHit as StoredHit,
} from '../store/store.js';
import type { ArticleSummary, EntityRow, EventRow, SearchHit } from './api-types.js';

export function eventRow(r: EventRecord): EventRow {
  const e = r.event;
  return {
    articleId: r.articleId,
    articleTitle: r.article.title,
    index: r.index,
    date: r.date,
    type: e.type,
    mode: e.mode ?? null,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad: e.quad,
    source: e.source?.code ?? null,
    target: e.target?.code ?? null,
    sourceCodes: actorCodes(e.source),
    targetCodes: actorCodes(e.target),
    trigger: e.trigger,
    location: e.location?.text ?? null,
    modality: e.modality,
    negated: e.negated,
    confidence: e.confidence,
  };
}

export function articleRow(a: StoredArticle): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    publisher: a.publisher,
    url: a.url,
    path: a.path,
    counts: {
      mentions: a.counts.mentions ?? 0,
      entities: a.counts.entities ?? 0,
      timexes: a.counts.timexes ?? 0,
      attributions: a.counts.attributions ?? 0,
      events: a.counts.events ?? 0,
    },
  };
}

export function entityRow(e: EntitySummary): EntityRow {
  return { name: e.name, type: e.type, code: e.actor, articles: e.articles, mentions: e.mentions };
}

export function searchHit(h: StoredHit): SearchHit {
  return { id: h.article.id, title: h.article.title, published: h.article.published, snippet: h.snippet };
}
