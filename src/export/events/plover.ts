// Events as PLOVER JSON records (the field names of the PLOVER specification and its gold-standard
// records, as POLECAT uses them), extended with the CAMEO code, Goldstein score and Dateline's spans.
import { type ExportedEvent, type SideActor, sentenceText, sideActors } from './exported.js';

const ploverActor = (a: SideActor) => ({
  actorText: a.name,
  code: a.country,
  sector: a.sector,
  cameo: a.code,
});

export function eventToPlover(e: ExportedEvent) {
  const ev = e.event;
  return {
    id: `${e.articleId}#${e.index}`,
    date: e.date,
    event: ev.type,
    ...(ev.mode ? { mode: ev.mode } : {}),
    source: sideActors(e, ev.source).map(ploverActor),
    target: sideActors(e, ev.target).map(ploverActor),
    eventText: ev.trigger.text,
    text: sentenceText(e),
    ...(ev.location ? { eventLoc: { text: ev.location.text } } : {}),
    cameo: ev.cameo,
    goldstein: ev.goldstein,
    quadClass: ev.quad,
    modality: ev.modality,
    negated: ev.negated,
    confidence: ev.confidence,
    language: 'en',
    publication: e.article.publisher,
    headline: e.article.title,
    url: e.article.url,
  };
}

/** One PLOVER JSON record per line. */
export function eventsToPlover(events: readonly ExportedEvent[]): string {
  return events.map((e) => `${JSON.stringify(eventToPlover(e))}\n`).join('');
}
