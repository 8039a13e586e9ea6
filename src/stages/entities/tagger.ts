// Tags a document (sentences of words) with BIOES labels: pass one uses local and document
// features; pass two, when the model has one, adds what pass one said about the same words elsewhere
// in the document, so "Hingis" at the start of a sentence gets the type her other mentions got.
import { viterbi } from './decode.js';
import {
  type DocumentContext,
  documentContext,
  type FeatureFamily,
  type FeatureResources,
  type PreparedSentence,
  prepareSentence,
} from './features.js';
import { gazetteer } from './gazetteer.js';
import { LABELS, OUTSIDE } from './labels.js';
import { type NerModel, nerModel } from './model.js';
import { type Scorer, scoreSentence } from './scores.js';
import { wordClasses } from './word-classes.js';

export { clearTaggerCaches, type Scorer } from './scores.js';

export function resourcesFor(families: Iterable<FeatureFamily>): FeatureResources {
  const set = new Set(families);
  return {
    families: set,
    gazetteer: set.has('gazetteer') ? gazetteer() : undefined,
    classes: set.has('clusters') ? wordClasses() : undefined,
  };
}

export function decodeSentence(
  s: PreparedSentence,
  doc: DocumentContext,
  scorer: Scorer,
  resources: FeatureResources,
): number[] {
  if (s.words.length === 0) return [];
  return viterbi(scoreSentence(s, doc, scorer, resources), s.words.length, scorer.transitions);
}

/** Lowercase word → the entity type pass one gave its occurrences most often in the document. */
export function firstPassTypes(
  sentences: readonly PreparedSentence[],
  labels: readonly (readonly number[])[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    labels[k].forEach((label, i) => {
      if (label === OUTSIDE) return;
      const type = LABELS[label].slice(2);
      let byType = counts.get(s.lower[i]);
      if (!byType) {
        byType = new Map();
        counts.set(s.lower[i], byType);
      }
      byType.set(type, (byType.get(type) ?? 0) + 1);
    });
  });
  const result = new Map<string, string>();
  for (const [word, byType] of counts) {
    let best = '';
    let max = 0;
    for (const [type, c] of byType) {
      if (c > max || (c === max && type < best)) {
        max = c;
        best = type;
      }
    }
    result.set(word, best);
  }
  return result;
}

/**
 * Lowercase word → its place and type in the longest multi-word name pass one found it in, as a
 * label ("Magna" in "Magna International Inc" → "B-ORG", "Nyerere" in "Julius Nyerere" → "E-PER");
 * of names of the same length, the first wins.
 */
export function firstPassNameLabels(
  sentences: readonly PreparedSentence[],
  labels: readonly (readonly number[])[],
): Map<string, string> {
  const best = new Map<string, { label: string; length: number }>();
  sentences.forEach((s, k) => {
    const row = labels[k];
    let start = 0;
    for (let end = 0; end < row.length; end++) {
      const label = LABELS[row[end]];
      if (label[0] === 'B') start = end;
      if (label[0] !== 'E') continue;
      const type = label.slice(2);
      const length = end - start + 1;
      for (let j = start; j <= end; j++) {
        const known = best.get(s.lower[j]);
        const place = j === start ? 'B' : j === end ? 'E' : 'I';
        if (!known || known.length < length) best.set(s.lower[j], { label: `${place}-${type}`, length });
      }
    }
  });
  return new Map([...best].map(([word, { label }]) => [word, label]));
}

/** The document context of pass two: what pass one said about each word and token. */
export function secondPassContext(
  context: DocumentContext,
  prepared: readonly PreparedSentence[],
  labels: readonly (readonly number[])[],
): DocumentContext {
  return {
    ...context,
    firstPassType: firstPassTypes(prepared, labels),
    firstPassNameLabel: firstPassNameLabels(prepared, labels),
    firstPassLabels: new Map(prepared.map((s, k) => [s, labels[k]])),
  };
}

/** BIOES label ids for each sentence of a document, given as words. */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  model: NerModel = nerModel(),
): number[][] {
  return tagWithScorers(sentences, model.passes);
}

export function tagWithScorers(
  sentences: readonly (readonly string[])[],
  passes: readonly Scorer[],
): number[][] {
  const all = resourcesFor(passes.flatMap((p) => p.families));
  const prepared = sentences.map((words) => prepareSentence(words, all));
  const context = documentContext(prepared);
  let labels: number[][] = [];
  passes.forEach((pass, k) => {
    const resources = resourcesFor(pass.families);
    const doc: DocumentContext = k === 0 ? context : secondPassContext(context, prepared, labels);
    labels = prepared.map((s) => decodeSentence(s, doc, pass, resources));
  });
  return labels;
}
