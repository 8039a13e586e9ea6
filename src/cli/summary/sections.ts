// The reading of an article for the terminal: its actors, dates, sources and events, one short line
// each, so that `dateline analyze` shows what was found and not only how much.
import type { AnalyzedArticle } from '../../doc/schema.js';
import { eventsToTable } from '../../export/events/table.js';
import { calendarDate } from '../../store/rows.js';

const WIDTH = 100;

/** Cuts a text to one line of at most `max` characters. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Entities with an actor code, most mentioned first: "Kim Jong Un PRKGOV". */
export function actorLines(doc: AnalyzedArticle): string[] {
  const coded = (doc.entities ?? []).filter((e) => e.actor?.code);
  coded.sort((a, b) => b.mentions.length - a.mentions.length);
  return coded.map(
    (e) => `${e.name} ${e.actor?.code}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}`,
  );
}

/** Time expressions with their values: "Saturday → 2023-07-29 (inferred)". */
export function dateLines(doc: AnalyzedArticle): string[] {
  return (doc.timexes ?? []).map(
    (t) =>
      `${clip(t.text, 40)} → ${t.type === 'DATE' ? '' : `${t.type} `}${t.value}${t.inferred ? ' (inferred)' : ''}`,
  );
}

/** Who says what: the speaker, how (kind and cue), what, and who relays it. */
export function sourceLines(doc: AnalyzedArticle): string[] {
  const attributions = doc.attributions ?? [];
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const speaker = (i: number): string => {
    const source = attributions[i]?.source;
    if (!source) return '(unstated)';
    const entity = source.entity ?? source.antecedent?.entity;
    const resolved = entity ? entities.get(entity) : undefined;
    const name = resolved
      ? `${resolved.name}${resolved.actor?.code ? ` ${resolved.actor.code}` : ''}`
      : source.text;
    return `${clip(name, 40)}${source.anonymous ? ' (anonymous)' : ''}`;
  };
  return attributions.map((a, i) => {
    const how = `${a.kind}${a.cue ? `, “${clip(a.cue.text, 20)}”` : ''}`;
    const via = a.via !== undefined ? ` — via ${speaker(a.via)}` : '';
    const head = `${speaker(i)} [${how}]${via}: `;
    return `${head}“${clip(a.content.text, Math.max(20, WIDTH - head.length))}”`;
  });
}

/** The events as the `dateline events` table shows them. */
export function eventLines(doc: AnalyzedArticle): string[] {
  const events = (doc.events ?? []).map((event, index) => ({
    articleId: doc.id,
    index,
    // the date the store gives the event: its own calendar date, else the publication date
    date: calendarDate(event.time?.value) ?? calendarDate(doc.published.value),
    event,
    article: { title: doc.title, published: doc.published.value, publisher: doc.publisher, url: null },
    doc,
  }));
  return events.length ? eventsToTable(events).trimEnd().split('\n') : [];
}
