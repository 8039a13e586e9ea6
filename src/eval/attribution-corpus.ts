// Runs a pipeline over a PolNeAR-style directory (DIR/text/NAME.txt, DIR/attributions/NAME_ANNOTATOR.ann)
// and accumulates the attribution scores. A text with k annotation files is scored against each,
// each weighing 1/k.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Attribution, AttributionKind } from '../doc/schema.js';
import { plainArticle } from '../ingest/plain.js';
import type { Pipeline } from '../pipeline/runner.js';
import { type AttributionCounts, addCounts, emptyCounts, scoreAttributions } from './attribution-score.js';
import { type GoldAttribution, parseBratAttributions } from './brat.js';

export interface CorpusDocument {
  name: string;
  text: string;
  annotations: GoldAttribution[][];
}

/** What a corpus directory holds. */
export const CORPUS_LAYOUT = 'expected DIR/text/NAME.txt with DIR/attributions/NAME_ANNOTATOR.ann';

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** The files of DIR/sub; an error naming DIR and the layout when it is missing. */
function filesIn(dir: string, sub: string): string[] {
  if (!isDirectory(dir)) throw new Error(`${dir}: no such directory (${CORPUS_LAYOUT})`);
  if (!isDirectory(join(dir, sub))) throw new Error(`${dir}: no ${sub}/ directory (${CORPUS_LAYOUT})`);
  return readdirSync(join(dir, sub));
}

/** The texts of DIR with their annotation files (texts without one are skipped). */
export function readAttributionCorpus(dir: string): CorpusDocument[] {
  const annFiles = filesIn(dir, 'attributions').filter((f) => f.endsWith('.ann'));
  const byText = new Map<string, string[]>();
  for (const file of annFiles) {
    const name = file.replace(/_[^_]+\.ann$/, '');
    byText.set(name, [...(byText.get(name) ?? []), file]);
  }
  const docs: CorpusDocument[] = [];
  for (const file of filesIn(dir, 'text')
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = basename(file, '.txt');
    const anns = byText.get(name);
    if (!anns) continue;
    docs.push({
      name,
      text: readFileSync(join(dir, 'text', file), 'utf8'),
      annotations: anns.map((a) => parseBratAttributions(readFileSync(join(dir, 'attributions', a), 'utf8'))),
    });
  }
  return docs;
}

/** Share of the shorter content that makes two contents one nest. */
const NESTED = 0.8;

/**
 * PolNeAR is univocal: a token belongs to one attribution at most, so of nested attributions
 * ("A said B claimed C") only one can be in the gold. This keeps the outermost of each nest.
 */
export function univocal(attributions: readonly Attribution[]): Attribution[] {
  const width = (a: Attribution): number => a.content.end - a.content.start;
  return attributions.filter(
    (a) =>
      !attributions.some((b) => {
        if (b === a || width(b) <= width(a)) return false;
        const shared = Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start);
        return shared >= NESTED * width(a);
      }),
  );
}

export interface CorpusScores {
  documents: number;
  words: number;
  total: AttributionCounts;
  /** The same, scored after `univocal`. */
  univocal: AttributionCounts;
  byKind: Map<AttributionKind, AttributionCounts>;
}

/** Predicted attributions of one text, as the CLI's `--format plain` would analyze it. */
export function predictAttributions(pipeline: Pipeline, doc: CorpusDocument): Attribution[] {
  const article = plainArticle(doc.text, { format: 'text', path: doc.name });
  return pipeline.run(article).attributions ?? [];
}

export function evaluateAttributionCorpus(pipeline: Pipeline, docs: readonly CorpusDocument[]): CorpusScores {
  const total = emptyCounts();
  const outermost = emptyCounts();
  const byKind = new Map<AttributionKind, AttributionCounts>();
  let words = 0;
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const predicted = predictAttributions(pipeline, doc);
    const weight = 1 / doc.annotations.length;
    const flat = univocal(predicted);
    for (const gold of doc.annotations) {
      addCounts(total, scoreAttributions(predicted, gold).counts, weight);
      addCounts(outermost, scoreAttributions(flat, gold).counts, weight);
      for (const kind of ['direct', 'indirect', 'mixed'] as const) {
        const mine = predicted.filter((a) => a.kind === kind);
        if (mine.length === 0) continue;
        const kindCounts = byKind.get(kind) ?? emptyCounts();
        const { counts } = scoreAttributions(mine, gold);
        // Per kind only precision and accuracies are meaningful: gold is not typed.
        counts.gold = 0;
        addCounts(kindCounts, counts, weight);
        byKind.set(kind, kindCounts);
      }
    }
  }
  return { documents: docs.length, words, total, univocal: outermost, byKind };
}
