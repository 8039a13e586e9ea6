// Runs the pipeline over a directory of TimeML files and scores its timexes (TempEval-3 Task A).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Timex } from '../doc/schema.js';
import { plainArticle } from '../ingest/plain.js';
import type { Pipeline } from '../pipeline/runner.js';
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
}

export interface TimexEvaluation {
  files: number;
  scores: TimexScores;
  errors: TimexError[];
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
  system: Timex[],
  errors: TimexError[],
): void {
  const pairs = matchTimexes(gold, system);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedSystem = new Set(pairs.map(([, s]) => s));
  for (const [i, g] of gold.entries())
    if (!matchedGold.has(i)) errors.push({ file, kind: 'missed', gold: g });
  for (const [i, s] of system.entries())
    if (!matchedSystem.has(i)) errors.push({ file, kind: 'spurious', system: s });
  for (const [g, s] of pairs) {
    const a = gold[g];
    const b = system[s];
    if (a.value !== b.value) errors.push({ file, kind: 'value', gold: a, system: b });
    else if (a.type !== b.type) errors.push({ file, kind: 'type', gold: a, system: b });
    else if (a.start !== b.start || a.end !== b.end)
      errors.push({ file, kind: 'extent', gold: a, system: b });
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
    const system = pipeline.run(article).timexes ?? [];
    countDocument(counts, doc.timexes, system);
    compare(file, doc.timexes, system, errors);
  }
  return { files: files.length, scores: scoreCounts(counts), errors };
}
