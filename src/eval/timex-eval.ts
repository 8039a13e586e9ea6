// Runs the pipeline over a directory of TimeML files and scores its timexes (TempEval-3 Task A).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle, Timex } from '../doc/schema.js';
import { plainArticle } from '../ingest/plain.js';
import { buildPipeline, type Pipeline } from '../pipeline/runner.js';
import { DEFAULT_STAGES } from '../pipeline/stages.js';
import { readTimeML } from './timeml.js';
import {
  type Counts,
  countDocument,
  emptyCounts,
  type GoldLike,
  matchTimexes,
  scoreCounts,
  type TimexScores,
} from './timex-score.js';

/** One disagreement between gold and system, for error analysis. */
export interface TimexError {
  file: string;
  kind: 'missed' | 'spurious' | 'extent' | 'type' | 'value';
  gold?: GoldLike & { text: string };
  system?: GoldLike & { text: string };
  /** The file's document creation time. */
  dct: string | null;
  /** The sentence the disagreement lies in (the system's sentence split). */
  sentence: string;
}

export interface TimexEvaluation {
  files: number;
  scores: TimexScores;
  errors: TimexError[];
}

/**
 * The pipeline the evaluation runs: segment and time. The time stage reads only sentences, so the
 * stages between them (syntax, entities, link) would not change a timex, only slow the run down.
 */
export function timexPipeline(): Pipeline {
  return buildPipeline(DEFAULT_STAGES.filter((stage) => stage.name === 'segment' || stage.name === 'time'));
}

export function timemlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return timemlFiles(path);
      return name.endsWith('.tml') ? [path] : [];
    });
}

function compare(
  file: string,
  gold: Array<GoldLike & { text: string }>,
  analyzed: AnalyzedArticle,
  errors: TimexError[],
): void {
  const system = analyzed.timexes ?? [];
  const dct = analyzed.published.value;
  const push = (kind: TimexError['kind'], g?: GoldLike & { text: string }, s?: Timex): void => {
    const at = (g ?? s)?.start ?? 0;
    const span = analyzed.sentences?.find((x) => x.start <= at && at < x.end);
    const sentence = (span ? analyzed.text.slice(span.start, span.end) : '').replace(/\s+/g, ' ');
    errors.push({ file, kind, gold: g, system: s, dct, sentence });
  };
  const pairs = matchTimexes(gold, system);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedSystem = new Set(pairs.map(([, s]) => s));
  for (const [i, g] of gold.entries()) if (!matchedGold.has(i)) push('missed', g);
  for (const [i, s] of system.entries()) if (!matchedSystem.has(i)) push('spurious', undefined, s);
  for (const [g, s] of pairs) {
    const a = gold[g];
    const b = system[s];
    if (a.value !== b.value) push('value', a, b);
    else if (a.type !== b.type) push('type', a, b);
    else if (a.start !== b.start || a.end !== b.end) push('extent', a, b);
  }
}

/**
 * Scores every `.tml` file under `dirs`: the text inside <TEXT> is analyzed as a `--format plain`
 * article whose publication date is the file's DCT (given). The DCT timex itself lies outside
 * <TEXT> and is not scored, as in the TempEval-3 scorer.
 */
export function evaluateTimexes(dirs: string | readonly string[], pipeline: Pipeline): TimexEvaluation {
  const counts: Counts = emptyCounts();
  const errors: TimexError[] = [];
  const files = (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) => timemlFiles(dir));
  for (const file of files) {
    const doc = readTimeML(readFileSync(file, 'utf8'));
    const article = plainArticle(doc.text, { path: file, format: 'text' });
    article.published = { value: doc.dct ? doc.dct.slice(0, 10) : null, how: doc.dct ? 'given' : null };
    const analyzed = pipeline.run(article);
    countDocument(counts, doc.timexes, analyzed.timexes ?? []);
    compare(file, doc.timexes, analyzed, errors);
  }
  return { files: files.length, scores: scoreCounts(counts), errors };
}
