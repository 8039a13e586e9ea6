import type { Command } from 'commander';
import { prf } from '../../../ingest/eval/bag.js';
import {
  type ExtractEvaluation,
  evaluateExtraction,
  FIELDS,
  type SystemScores,
} from '../../../ingest/eval/extract.js';
import { requireSomething } from './nothing-to-score.js';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0;
};

function fieldRows(name: string, s: SystemScores, pages: number): string[] {
  return FIELDS.map((field) => {
    const t = s.fields[field];
    const cells = [
      `${name} ${field}`.padEnd(22),
      `${t.correct}/${t.expected}`.padStart(8),
      pct(t.correct, t.expected).padStart(7),
      String(t.wrong).padStart(6),
      String(t.missing).padStart(8),
      String(t.extra).padStart(6),
      pct(t.correct + t.bothNull, pages).padStart(9),
    ];
    return cells.join(' ');
  });
}

function bodyRow(name: string, s: SystemScores, pages: number): string {
  const { p, r, f1 } = prf(s.body);
  const f = (x: number) => x.toFixed(3).padStart(7);
  return `${name.padEnd(22)} ${f(p)} ${f(r)} ${f(f1)} ${f(s.macroF1 / pages)} ${median(s.ms).toFixed(1).padStart(9)} ${s.ms
    .reduce((a, b) => a + b, 0)
    .toFixed(0)
    .padStart(9)}`;
}

function disagreementLines(e: ExtractEvaluation): string[] {
  return e.disagreements.map(
    (d) => `${d.page} ${d.field}: ours ${JSON.stringify(d.ours)} · expected ${JSON.stringify(d.expected)}`,
  );
}

export function formatExtractReport(e: ExtractEvaluation, verbose = false): string {
  const lines = [
    `${e.pages} pages`,
    '',
    'metadata (exact match after normalisation)',
    `${'system field'.padEnd(22)} ${'correct'.padStart(8)} ${'acc'.padStart(7)} ${'wrong'.padStart(6)} ${'missing'.padStart(8)} ${'extra'.padStart(6)} ${'agree'.padStart(9)}`,
    ...fieldRows('ours', e.ours, e.pages),
    ...fieldRows('readability', e.readability, e.pages),
    '',
    'body text (bag of tokens with counts)',
    `${'system'.padEnd(22)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'mean F1'.padStart(7)} ${'median ms'.padStart(9)} ${'total ms'.padStart(9)}`,
    bodyRow('ours', e.ours, e.pages),
    bodyRow('readability', e.readability, e.pages),
    '',
    `offsets: ${pct(e.offsets.mapped, e.offsets.chars)} of our body characters map back to the page source; ${e.offsets.pagesBelow80} pages below 80%`,
  ];
  for (const f of e.failures) lines.push(`failed: ${f.page}: ${f.error}`);
  if (verbose) lines.push('', ...disagreementLines(e));
  return lines.join('\n');
}

export function registerEvalExtract(evalCommand: Command): void {
  evalCommand
    .command('extract')
    .description('score HTML extraction (title, byline, date, body) on pages like readability-test-pages')
    .argument('<dir>', 'directory of <page>/{source.html,expected.html,expected-metadata.json}')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'also list every page where our title, byline or date differs from the reference')
    .action(async (dir: string, opts: { json?: boolean; verbose?: boolean }) => {
      const evaluation = await evaluateExtraction(dir);
      requireSomething(evaluation.pages, dir, 'pages', 'expected DIR/<page>/source.html with expected.html');
      const report = opts.json ? JSON.stringify(evaluation) : formatExtractReport(evaluation, opts.verbose);
      process.stdout.write(`${report}\n`);
    });
}
