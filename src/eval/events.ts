// Scores event coding against the PLOVER gold records: one event per record (its first), compared on PLOVER
// type, mode, CAMEO root and source/target countries.
import type { AnalyzedArticle, Entity, Event, Mention } from '../doc/schema.js';
import { span } from '../doc/span.js';
import { plainArticle } from '../ingest/plain.js';
import type { GoldRecord } from '../knowledge/plover-gold-events.js';
import { buildPipeline } from '../pipeline/runner.js';
import { DEFAULT_STAGES } from '../pipeline/stages.js';
import { classifyEvent, type EventClassifierModel, eventClassifier } from '../stages/events/classifier.js';
import { findEvents } from '../stages/events/index.js';

export type EventMethod = 'patterns' | 'classifier' | 'combined';

/**
 * Where the actors come from: the pipeline's entities (`pipeline`), or the gold actor texts marked as
 * mentions with their gold codes (`gold`), which scores source/target assignment on its own.
 */
export type ActorSource = 'pipeline' | 'gold';

const WORD = /[\p{L}\p{N}]/u;

/** Offset of the first whole-word occurrence of `needle`, or undefined. */
function wholeWord(text: string, needle: string): number | undefined {
  if (needle === '') return undefined;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (!WORD.test(text[i - 1] ?? '') && !WORD.test(text[i + needle.length] ?? '')) return i;
  }
  return undefined;
}

/** The record's gold actors as mentions and entities (first whole-word occurrence of each text). */
function goldActors(doc: AnalyzedArticle, record: GoldRecord): AnalyzedArticle {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  for (const actor of [...record.source, ...record.target]) {
    const at = wholeWord(doc.text, actor.text);
    if (at === undefined || mentions.some((m) => m.start === at)) continue;
    const id = `g${entities.length}`;
    const sector = actor.sector.replace(/[^A-Z]/g, '').slice(0, 3);
    mentions.push({ ...span(doc.text, at, at + actor.text.length), type: 'ORG', entity: id });
    entities.push({
      id,
      name: actor.text,
      type: 'ORG',
      actor: { code: actor.country + sector, country: actor.country, sector },
      mentions: [],
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const e of entities) e.mentions = mentions.flatMap((m, i) => (m.entity === e.id ? [i] : []));
  return { ...doc, mentions, entities };
}

export interface EventScores {
  records: number;
  typeAccuracy: number;
  typeMacroF1: number;
  /** records whose gold codes a mode, and how many of them got type and mode right */
  modeRecords: number;
  modeAccuracy: number;
  cameoRootAccuracy: number;
  sourceRecords: number;
  sourceCountryAccuracy: number;
  targetRecords: number;
  targetCountryAccuracy: number;
  /** records for which the patterns found no event */
  noEvent: number;
}

interface Prediction {
  type: string | null;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
}

/** Countries of an event side, from the actor codes of its entities. */
export function countries(doc: AnalyzedArticle, side: Event['source']): string[] {
  if (!side) return [];
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const out = side.inferred
    ? [side.code.slice(0, 3)]
    : side.entities.map((id) => byId.get(id)?.actor?.country ?? '').filter((c) => c !== '');
  return [...new Set(out)].sort();
}

function macroF1(pairs: readonly [string, string | null][]): number {
  const labels = new Set(pairs.map(([gold]) => gold));
  let sum = 0;
  for (const label of labels) {
    const tp = pairs.filter(([g, p]) => g === label && p === label).length;
    const fp = pairs.filter(([g, p]) => g !== label && p === label).length;
    const fn = pairs.filter(([g, p]) => g === label && p !== label).length;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return labels.size === 0 ? 0 : sum / labels.size;
}

export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** The record's main event: the first whose trigger heads a main clause, else the first. */
export function mainEvent(events: readonly Event[]): Event | undefined {
  return events.find((e) => !e.subordinate) ?? events[0];
}

export function evaluateEvents(
  records: readonly GoldRecord[],
  method: EventMethod = 'patterns',
  model: EventClassifierModel = eventClassifier(),
  actors: ActorSource = 'pipeline',
): EventScores {
  const stages = DEFAULT_STAGES.filter((s) => s.name !== 'events');
  const pipeline = buildPipeline(stages);
  const pairs: [string, string | null][] = [];
  let modeRecords = 0;
  let modeHits = 0;
  let rootHits = 0;
  let sourceRecords = 0;
  let sourceHits = 0;
  let targetRecords = 0;
  let targetHits = 0;
  let noEvent = 0;
  for (const record of records) {
    const analysed = pipeline.run(plainArticle(record.text, { format: 'text' }));
    const doc = actors === 'gold' ? goldActors(analysed, record) : analysed;
    const event = mainEvent(findEvents(doc, { anchor: null, options: {} }, { keepActorless: true }));
    const words = (doc.tokens ?? []).map((t) => t.text.toLowerCase());
    const classified = method === 'patterns' ? null : classifyEvent(words, model)[0];
    if (!event) noEvent++;
    const useClassifier = method === 'classifier' || (method === 'combined' && !event);
    const prediction: Prediction = {
      type: useClassifier ? (classified?.type ?? null) : (event?.type ?? null),
      mode: useClassifier ? (classified?.mode ?? null) : (event?.mode ?? null),
      cameo: event?.cameo ?? null,
      source: countries(doc, event?.source ?? null),
      target: countries(doc, event?.target ?? null),
    };
    pairs.push([record.type, prediction.type]);
    if (record.mode !== null) {
      modeRecords++;
      if (prediction.type === record.type && prediction.mode === record.mode) modeHits++;
    }
    if (prediction.cameo && record.cameoRoots.includes(prediction.cameo.slice(0, 2))) rootHits++;
    const goldSource = [...new Set(record.source.map((a) => a.country))];
    const goldTarget = [...new Set(record.target.map((a) => a.country))];
    if (
      process.env.EVENTS_DEBUG_ROLES &&
      (!sameSet(prediction.source, goldSource) || !sameSet(prediction.target, goldTarget))
    )
      console.error(
        `${goldSource}>${goldTarget} | ${prediction.source}>${prediction.target} | ${event?.trigger.text} | ${record.text}`,
      );
    // reciprocal events (meetings, agreements) are coded in PLOVER with every party as a source and no
    // target: then the parties on both sides of the prediction are compared with the gold sources
    const reciprocal = goldTarget.length === 0 && goldSource.length > 1;
    const predictedSource = reciprocal
      ? [...new Set([...prediction.source, ...prediction.target])]
      : prediction.source;
    if (goldSource.length > 0) {
      sourceRecords++;
      if (sameSet(predictedSource, goldSource)) sourceHits++;
    }
    if (goldTarget.length > 0) {
      targetRecords++;
      if (sameSet(prediction.target, goldTarget)) targetHits++;
    }
  }
  const n = records.length;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    records: n,
    typeAccuracy: ratio(pairs.filter(([g, p]) => g === p).length, n),
    typeMacroF1: macroF1(pairs),
    modeRecords,
    modeAccuracy: ratio(modeHits, modeRecords),
    cameoRootAccuracy: ratio(rootHits, n),
    sourceRecords,
    sourceCountryAccuracy: ratio(sourceHits, sourceRecords),
    targetRecords,
    targetCountryAccuracy: ratio(targetHits, targetRecords),
    noEvent,
  };
}
