// Events as CSV (RFC 4180), one row per event.
import { type ExportedEvent, sideActors } from './exported.js';

const COLUMNS = [
  'article_id',
  'index',
  'date',
  'type',
  'mode',
  'cameo',
  'goldstein',
  'quad',
  'source_code',
  'source_codes',
  'source_names',
  'target_code',
  'target_codes',
  'target_names',
  'trigger',
  'trigger_start',
  'trigger_end',
  'sentence',
  'time',
  'time_inferred',
  'location',
  'attribution',
  'modality',
  'negated',
  'confidence',
  'reports',
  'title',
  'publisher',
  'url',
] as const;

export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(e: ExportedEvent): (string | number | boolean | null | undefined)[] {
  const ev = e.event;
  const source = sideActors(e, ev.source);
  const target = sideActors(e, ev.target);
  return [
    e.articleId,
    e.index,
    e.date,
    ev.type,
    ev.mode,
    ev.cameo,
    ev.goldstein,
    ev.quad,
    ev.source?.code,
    source.map((a) => a.code).join(';'),
    source.map((a) => a.name).join(';'),
    ev.target?.code,
    target.map((a) => a.code).join(';'),
    target.map((a) => a.name).join(';'),
    ev.trigger.text,
    ev.trigger.start,
    ev.trigger.end,
    ev.sentence,
    ev.time?.value,
    ev.time?.inferred,
    ev.location?.text,
    ev.attribution,
    ev.modality,
    ev.negated,
    ev.confidence,
    1 + (ev.evidence?.length ?? 0),
    e.article.title,
    e.article.publisher,
    e.article.url,
  ];
}

export function eventsToCsv(events: readonly ExportedEvent[]): string {
  const lines = [COLUMNS.join(','), ...events.map((e) => row(e).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
