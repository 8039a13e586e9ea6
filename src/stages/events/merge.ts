// One event per happening: reports of the same event in an article (same type, same actors, same time,
// same modality) collapse into the first, which keeps the other reports as `evidence`.
import type { AnalyzedArticle, Event } from '../../doc/schema.js';
import { lexiconSet } from '../../knowledge/word-set.js';

/** Meetings are symmetric: "A met B" and "B met A" report one meeting. */
export const symmetricTypes = lexiconSet('event-symmetric-types.txt');

function key(event: Event): string {
  const source = (event.source?.codes ?? [event.source?.code ?? '']).join('+');
  const target = (event.target?.codes ?? [event.target?.code ?? '']).join('+');
  const actors = symmetricTypes().has(event.type) ? [source, target].sort().join('|') : `${source}>${target}`;
  return [event.type, actors, event.time?.value ?? '', event.modality, event.negated].join(' ');
}

export function mergeDuplicates(doc: AnalyzedArticle, events: readonly Event[]): Event[] {
  const kept = new Map<string, Event>();
  for (const event of events) {
    const k = key(event);
    const first = kept.get(k);
    if (!first) {
      kept.set(k, { ...event });
      continue;
    }
    if (
      event.sentence === first.sentence ||
      first.evidence?.some((e) => e.start === doc.sentences?.[event.sentence]?.start)
    )
      continue;
    const sentence = doc.sentences?.[event.sentence];
    const evidence = sentence ?? event.trigger;
    first.evidence = [
      ...(first.evidence ?? []),
      { start: evidence.start, end: evidence.end, text: evidence.text },
    ];
    first.confidence = Math.min(0.99, Math.max(first.confidence, event.confidence) + 0.05);
  }
  return [...kept.values()];
}
