// Flattens an analyzed article into the rows of the store's tables. Both backends insert exactly
// these rows (same tables, same columns), so what one stores the other stores too.
import { actorCodes } from '../doc/actor-codes.js';
import type { AnalyzedArticle, Event, Span } from '../doc/schema.js';
import { COUNTED_LAYERS } from './store.js';
import { SIDES, type Side } from './tables-v4.js';

export type Value = string | number | null;

export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: Value[][];
}

/** Columns of `articles`, in insert order (the FTS index covers `title` and `text`). */
export const ARTICLE_COLUMNS = [
  'id',
  'title',
  'dek',
  'byline',
  'publisher',
  'published',
  'published_how',
  'published_date',
  'language',
  'url',
  'source_path',
  'source_format',
  'text',
  'words',
  ...COUNTED_LAYERS.map((layer) => `${layer}_count`),
  'doc',
  'ingested_at',
] as const;

const bool = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);
const spanCols = (s: Span | null | undefined): Value[] => (s ? [s.start, s.end, s.text] : [null, null, null]);

/** The calendar day (YYYY-MM-DD) a date value starts with, or null (weeks, durations, PAST_REF…). */
export function calendarDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

export function wordCount(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

export function articleRow(doc: AnalyzedArticle, ingestedAt: string): Value[] {
  return [
    doc.id,
    doc.title,
    doc.dek,
    JSON.stringify(doc.byline),
    doc.publisher,
    doc.published.value,
    doc.published.how,
    calendarDate(doc.published.value),
    doc.language,
    doc.source.url ?? null,
    doc.source.path ?? null,
    doc.source.format,
    doc.text,
    wordCount(doc.text),
    ...COUNTED_LAYERS.map((layer) => doc[layer]?.length ?? null),
    JSON.stringify(doc),
    ingestedAt,
  ];
}

/** The codes of a side of an event other than its first (`code`), each once. */
function furtherCodes(event: Event, side: Side): string[] {
  return actorCodes(event[side]).slice(1);
}

/** Rows of the per-layer tables (mentions, entities, timexes, attributions, events, event_coactors). */
export function layerRows(doc: AnalyzedArticle): TableRows[] {
  const id = doc.id;
  const published = calendarDate(doc.published.value);
  return [
    {
      table: 'mentions',
      columns: ['article_id', 'idx', 'start', 'end', 'text', 'type', 'subtype', 'entity'],
      rows: (doc.mentions ?? []).map((m, i) => [
        id,
        i,
        m.start,
        m.end,
        m.text,
        m.type,
        m.subtype ?? null,
        m.entity ?? null,
      ]),
    },
    {
      table: 'entities',
      columns: [
        'article_id',
        'id',
        'name',
        'type',
        'actor_code',
        'actor_country',
        'actor_sector',
        'kb',
        'mentions',
        'mention_count',
      ],
      rows: (doc.entities ?? []).map((e) => [
        id,
        e.id,
        e.name,
        e.type,
        e.actor?.code ?? null,
        e.actor?.country ?? null,
        e.actor?.sector ?? null,
        e.kb ?? null,
        JSON.stringify(e.mentions),
        e.mentions.length,
      ]),
    },
    {
      table: 'timexes',
      columns: ['article_id', 'idx', 'start', 'end', 'text', 'type', 'value', 'inferred', 'anchor'],
      rows: (doc.timexes ?? []).map((t, i) => [
        id,
        i,
        t.start,
        t.end,
        t.text,
        t.type,
        t.value,
        bool(t.inferred),
        t.anchor ?? null,
      ]),
    },
    {
      table: 'attributions',
      columns: [
        'article_id',
        'idx',
        'kind',
        'source_start',
        'source_end',
        'source_text',
        'source_entity',
        'cue_start',
        'cue_end',
        'cue_text',
        'content_start',
        'content_end',
        'content_text',
        'via',
      ],
      rows: (doc.attributions ?? []).map((a, i) => [
        id,
        i,
        a.kind,
        ...spanCols(a.source),
        a.source?.entity ?? null,
        ...spanCols(a.cue),
        ...spanCols(a.content),
        a.via ?? null,
      ]),
    },
    {
      table: 'events',
      columns: [
        'article_id',
        'idx',
        'type',
        'mode',
        'cameo',
        'goldstein',
        'quad',
        'source_code',
        'target_code',
        'trigger_start',
        'trigger_end',
        'trigger_text',
        'sentence',
        'time_value',
        'time_inferred',
        'event_date',
        'location_start',
        'location_end',
        'location_text',
        'location_entity',
        'attribution',
        'modality',
        'negated',
        'confidence',
        'data',
      ],
      rows: (doc.events ?? []).map((e, i) => [
        id,
        i,
        e.type,
        e.mode ?? null,
        e.cameo,
        e.goldstein,
        e.quad,
        e.source?.code ?? null,
        e.target?.code ?? null,
        ...spanCols(e.trigger),
        e.sentence,
        e.time?.value ?? null,
        bool(e.time?.inferred),
        calendarDate(e.time?.value) ?? published,
        ...spanCols(e.location),
        e.location?.entity ?? null,
        e.attribution ?? null,
        e.modality,
        bool(e.negated),
        e.confidence,
        JSON.stringify(e),
      ]),
    },
    {
      table: 'event_coactors',
      columns: ['article_id', 'idx', 'side', 'code'],
      rows: (doc.events ?? []).flatMap((e, i) =>
        (Object.keys(SIDES) as Side[]).flatMap((side) =>
          furtherCodes(e, side).map((code): Value[] => [id, i, side, code]),
        ),
      ),
    },
  ];
}
