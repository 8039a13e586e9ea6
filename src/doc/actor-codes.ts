import type { EventActor } from './schema.js';

/** Every code of one side of an event: its first code (`code`) first, then the coordinated ones, each once. */
export function actorCodes(actor: EventActor | null | undefined): string[] {
  return actor ? [...new Set([actor.code, ...(actor.codes ?? [])])] : [];
}
