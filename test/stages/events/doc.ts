// Hand-built analysed documents for the events tests: segment the text, then mark actors (and places,
// timexes, attributions) by their text, as the NER, link, time and attribution stages would.
import type { AnalyzedArticle, Attribution, Entity, Mention, Timex } from '../../../src/doc/schema.js';
import { span } from '../../../src/doc/span.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { syntaxStage } from '../../../src/stages/syntax/index.js';

export interface Marks {
  /** [surface text, CAMEO actor code] — every occurrence becomes a mention of one entity */
  actors?: [string, string][];
  places?: string[];
  timexes?: [string, string][];
  /** reported content (a substring) and its speaker */
  quotes?: [string, string][];
  published?: string;
}

/** Whole-word occurrences of `needle` not inside a range already marked. */
function occurrences(text: string, needle: string, taken: { start: number; end: number }[]): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const end = i + needle.length;
    if (word.test(text[i - 1] ?? '') || word.test(text[end] ?? '')) continue;
    if (taken.some((t) => i < t.end && t.start < end)) continue;
    taken.push({ start: i, end });
    out.push(i);
  }
  return out;
}

export function analysed(text: string, marks: Marks = {}): AnalyzedArticle {
  const article = plainArticle(text, { format: 'text' });
  if (marks.published) article.published = { value: marks.published, how: 'given' };
  const doc: AnalyzedArticle = {
    ...article,
    ...segmentStage.run(article, { anchor: null, options: {} }),
  };
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const taken: { start: number; end: number }[] = [];
  // longer names first, so that "South Korean navies" is one mention, not "South Korea" + …
  const actors = [...(marks.actors ?? [])].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, code] of actors) {
    const id = `e${entities.length}`;
    const indexes: number[] = [];
    for (const at of occurrences(text, surface, taken)) {
      indexes.push(mentions.length);
      mentions.push({ ...span(text, at, at + surface.length), type: 'ORG', entity: id });
    }
    entities.push({
      id,
      name: surface,
      type: 'ORG',
      actor: { code, country: code.slice(0, 3), sector: code.slice(3) },
      mentions: indexes,
    });
  }
  const placesTaken: { start: number; end: number }[] = [];
  for (const place of marks.places ?? []) {
    for (const at of occurrences(text, place, placesTaken))
      mentions.push({ ...span(text, at, at + place.length), type: 'LOC' });
  }
  mentions.sort((a, b) => a.start - b.start);
  // re-point entity mention indexes after sorting
  for (const e of entities) e.mentions = mentions.flatMap((m, i) => (m.entity === e.id ? [i] : []));
  const timexes: Timex[] = (marks.timexes ?? []).map(([surface, value]) => {
    const at = text.indexOf(surface);
    return { ...span(text, at, at + surface.length), type: 'DATE', value, inferred: false };
  });
  const attributions: Attribution[] = (marks.quotes ?? []).map(([content, speaker]) => {
    const at = text.indexOf(content);
    const who = text.indexOf(speaker);
    return {
      kind: 'direct',
      source: span(text, who, who + speaker.length),
      cue: null,
      content: span(text, at, at + content.length),
    };
  });
  return { ...doc, mentions, entities, timexes, attributions };
}

/** A hand-marked document with the tagger's part-of-speech tags (noun triggers and participles need them). */
export function tagged(text: string, marks: Marks): AnalyzedArticle {
  const doc = analysed(text, marks);
  return { ...doc, ...syntaxStage.run(doc, { anchor: null, options: {} }) };
}
