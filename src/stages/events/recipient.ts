// Events done for a partner that name none (lexicon/event-recipient-codes.tsv): "sent forces to respond"
// is a deployment, not military cooperation.
import { cameoInfo } from '../../knowledge/events-codebook.js';
import { readListResource } from '../../resources.js';
import type { CodedEvent } from './code-sentence.js';

let table: Map<string, string> | null = null;

/** The event as coded when it has no target actor; `verb` is the lemma of its trigger's verb. */
export function withoutRecipient(event: CodedEvent, verb: string): CodedEvent {
  table ??= new Map(
    readListResource('lexicon', 'event-recipient-codes.tsv').map((line) => {
      const [lemma, code, alone] = line.split('\t');
      return [`${lemma} ${code}`, alone];
    }),
  );
  const code = table.get(`${verb} ${event.cameo}`);
  return code ? recoded(event, code) : event;
}

/** The event with another CAMEO code and what follows from it (type, mode, Goldstein, quad class). */
export function recoded(event: CodedEvent, code: string): CodedEvent {
  const info = cameoInfo(code);
  if (!info?.plover) return event;
  const { mode: _, ...rest } = event;
  return {
    ...rest,
    cameo: code,
    type: info.plover,
    ...(info.mode ? { mode: info.mode } : {}),
    goldstein: info.goldstein,
    quad: info.quad,
  };
}
