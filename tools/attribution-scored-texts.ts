// Each text of a PolNeAR-style directory with the stage's predictions and their pairing with the first
// annotation file, for the error-analysis tools.
import type { Attribution } from '../src/doc/schema.js';
import { type CorpusDocument, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { scoreAttributions } from '../src/eval/attribution-score.js';
import { plainArticle } from '../src/ingest/plain.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { type DocContext, docContext } from '../src/stages/attribution/context.js';

export interface ScoredText {
  doc: CorpusDocument;
  c: DocContext;
  predicted: Attribution[];
  gold: CorpusDocument['annotations'][number];
  /** [prediction index, gold index] of the matched pairs. */
  pairs: Array<[number, number]>;
}

export function* scoredTexts(dir: string): Generator<ScoredText> {
  const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));
  for (const doc of readAttributionCorpus(dir)) {
    const analysed = pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name }));
    const c = docContext(analysed);
    const predicted = analysed.attributions ?? [];
    const gold = doc.annotations[0];
    const { pairs } = scoreAttributions(predicted, gold);
    yield { doc, c, predicted, gold, pairs };
  }
}

type Span = { start: number; end: number };

/** Whether a span overlaps any fragment. */
export const touches = (a: Span, f: readonly Span[]): boolean =>
  f.some((x) => x.start < a.end && a.start < x.end);

/** Whitespace runs as one space, for one-line listings. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** A Penn tag's broad class for tallies: VB, NN, JJ, RB, other tags as they are, punctuation. */
export const tagGroup = (pos: string | undefined): string =>
  !pos ? '?' : /^[A-Z]/.test(pos) ? pos.replace(/^(VB|NN|JJ|RB).*$/, '$1') : 'punct';

/**
 * Counts by class with up to `examples` examples each; keys starting "word\t" are per-word rows, printed
 * apart, most frequent first, under `wordsTitle`.
 */
export class Tally {
  private readonly counts = new Map<string, number>();
  private readonly shown = new Map<string, string[]>();
  constructor(private readonly examples: number) {}

  add(key: string, example: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.shown.get(key) ?? [];
    if (list.length < this.examples && example) list.push(example);
    this.shown.set(key, list);
  }

  print(wordsTitle: string): void {
    const all = [...this.counts];
    for (const [k, n] of all
      .filter(([k]) => !k.startsWith('word\t'))
      .sort((a, b) => a[0].localeCompare(b[0]))) {
      console.log(`${String(n).padStart(6)}  ${k}`);
      for (const e of this.shown.get(k) ?? []) console.log(`\t${e}`);
    }
    console.log(`\n${wordsTitle}`);
    const words = all.filter(([k]) => k.startsWith('word\t')).sort((a, b) => b[1] - a[1]);
    for (const [k, n] of words.slice(0, 80)) console.log(`${String(n).padStart(6)}  ${k.slice(5)}`);
  }
}
