// When, where and according to whom: the timex, place and attribution that govern an event's trigger.
import type { AnalyzedArticle, Event, Mention, Span } from '../../doc/schema.js';

type Range = { start: number; end: number };
const inside = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Index of the innermost attribution whose reported content holds the trigger, among `candidates`
 * (ascending indexes of the attributions that reach into the trigger's sentence).
 */
export function attributionOf(
  doc: AnalyzedArticle,
  trigger: Range,
  candidates: readonly number[],
): number | undefined {
  const attributions = doc.attributions ?? [];
  let best: number | undefined;
  for (const i of candidates) {
    const a = attributions[i];
    if (!inside(trigger, a.content)) continue;
    const current = best === undefined ? undefined : attributions[best];
    if (!current || a.content.end - a.content.start < current.content.end - current.content.start) best = i;
  }
  return best;
}

/** A timex that dates the reporting ("state media Saturday said …") rather than the event. */
const REPORTING = /^\s*(said|says|reported|reports|told|announced|stated)\b/i;

/**
 * The timex of the trigger's clause: within the sentence, inside the same reported content as the
 * trigger, not dating a reporting verb; the nearest one wins. Else the publication date, inferred.
 */
export function timeOf(
  doc: AnalyzedArticle,
  sentence: Range,
  trigger: Range,
  attribution: number | undefined,
  anchor: string | null,
  candidates: readonly number[],
): Event['time'] {
  const content = attribution === undefined ? null : doc.attributions?.[attribution]?.content;
  const timexes = doc.timexes ?? [];
  let best: { index: number; distance: number } | null = null;
  for (const index of candidates) {
    const t = timexes[index];
    if (!inside(t, sentence) || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (content && !inside(t, content)) continue;
    if (REPORTING.test(doc.text.slice(t.end, t.end + 12))) continue;
    const distance = t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end;
    if (!best || distance < best.distance) best = { index, distance };
  }
  const found = best as { index: number } | null;
  if (found) {
    const timex = doc.timexes?.[found.index];
    if (timex) return { value: timex.value, timex: found.index, inferred: timex.inferred };
  }
  return anchor ? { value: anchor.slice(0, 10), inferred: true } : null;
}

const LOCATIVE = /\b(?:in|at|off|near|outside|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i;

const OF_CHAIN = /^['’]s\s+[\w\s-]{0,40}\bof\s+$/;

/**
 * A place named in the clause after a locative preposition ("in Pyongyang", "off … Jeju"), linked if
 * known; `places` are the sentence's LOC mentions.
 */
export function locationOf(
  doc: AnalyzedArticle,
  sentence: Range,
  trigger: Range,
  places: readonly Mention[],
): Event['location'] {
  const candidates = places.filter((m) =>
    LOCATIVE.test(doc.text.slice(Math.max(sentence.start, m.start - 60), m.start)),
  );
  // prefer a place after the trigger (the verb's own adjunct), then the nearest before it
  let after = candidates.find((m) => m.start >= trigger.end);
  // "off South Korea's southern island of Jeju": the last place of the chain is the precise one
  for (const next of places) {
    if (after && next.start > after.end && OF_CHAIN.test(doc.text.slice(after.end, next.start))) after = next;
  }
  const before = candidates.filter((m) => m.end <= trigger.start).at(-1);
  const place = after ?? before;
  if (!place) return null;
  const span: Span & { entity?: string } = { start: place.start, end: place.end, text: place.text };
  if (place.entity) span.entity = place.entity;
  return span;
}
