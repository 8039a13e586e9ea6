// The event export formats of `dateline events --format`.
import { eventsToCsv } from './csv.js';
import type { ExportedEvent } from './exported.js';
import { eventsToGdelt } from './gdelt.js';
import { eventsToPlover } from './plover.js';
import { eventsToTable } from './table.js';

export type { ExportedEvent } from './exported.js';

export const EVENT_FORMATS = ['table', 'json', 'csv', 'gdelt', 'plover'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

const json = (events: readonly ExportedEvent[]) =>
  events.map(({ doc: _doc, ...e }) => `${JSON.stringify(e)}\n`).join('');

export const EVENT_EXPORTS: Record<EventFormat, (events: readonly ExportedEvent[]) => string> = {
  table: eventsToTable,
  json,
  csv: eventsToCsv,
  gdelt: eventsToGdelt,
  plover: eventsToPlover,
};
