// What every event export reads: a stored event, its article's metadata, and (when available) the full
// analysis, from which actor names, countries, sectors and the sentence text are taken.
import { actorCodes } from '../../doc/actor-codes.js';
import type { AnalyzedArticle, Event, EventActor } from '../../doc/schema.js';

export interface ExportedEvent {
  articleId: string;
  /** index of the event in its article's `events` layer */
  index: number;
  /** the event's calendar date (YYYY-MM-DD…) or null */
  date: string | null;
  event: Event;
  article: { title: string | null; published: string | null; publisher: string | null; url: string | null };
  /** the stored analysis of the article, if it was loaded */
  doc?: AnalyzedArticle | null;
}

export interface SideActor {
  code: string;
  name: string;
  country: string;
  sector: string;
}

/** The actors of one side of an event, with names and code parts from the article's entities. */
export function sideActors(e: ExportedEvent, side: EventActor | null): SideActor[] {
  if (!side) return [];
  const entities = new Map((e.doc?.entities ?? []).map((x) => [x.id, x]));
  const codes = actorCodes(side);
  const named = side.entities.map((id) => entities.get(id)).filter((x) => x !== undefined);
  return codes.map((code) => {
    const entity = named.find((x) => x.actor?.code === code);
    return {
      code,
      name: entity?.name ?? '',
      country: entity?.actor?.country ?? code.slice(0, 3),
      sector: entity?.actor?.sector ?? '',
    };
  });
}

/** The text of the sentence the event was found in, when the analysis is at hand. */
export function sentenceText(e: ExportedEvent): string {
  return e.doc?.sentences?.[e.event.sentence]?.text ?? '';
}
