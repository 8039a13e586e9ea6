// Scores HTML extraction over a directory of pages laid out like Readability's test pages:
// <page>/source.html, <page>/expected.html (the article's main content), <page>/expected-metadata.json
// ({ title, byline, publishedTime, … }). Our extraction and Readability alone are scored side by side.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { reasonOf } from '../errors.js';
import { contentHash } from '../hash.js';
import { blocksOf } from '../html/blocks.js';
import { parseDocument } from '../html/dom.js';
import { htmlArticle } from '../html/index.js';
import { decode } from '../input/decode.js';
import { bagOfTokens, type Overlap, overlap } from './bag.js';
import { normalizeByline, normalizeDay, normalizeTitle } from './normalize.js';

export const FIELDS = ['title', 'byline', 'published'] as const;
export type Field = (typeof FIELDS)[number];

/** For one field: pages where the reference has a value (`expected`) and how the extraction fared. */
export interface FieldTally {
  expected: number;
  correct: number;
  wrong: number;
  missing: number;
  /** Pages where the reference has no value but the extraction found one. */
  extra: number;
  /** Pages where both have no value. */
  bothNull: number;
}

export interface SystemScores {
  fields: Record<Field, FieldTally>;
  body: Overlap;
  /** Mean of per-page body F1. */
  macroF1: number;
  ms: number[];
}

/** A page where our extraction and the reference disagree on a field. */
export interface Disagreement {
  page: string;
  field: Field;
  ours: string | null;
  expected: string | null;
  readability: string | null;
}

/** How much of our body text the offsets map back into the page source (paragraph breaks excluded). */
export interface OffsetCoverage {
  mapped: number;
  chars: number;
  /** Pages with less than 80% of their text mapped. */
  pagesBelow80: number;
}

export interface ExtractEvaluation {
  pages: number;
  offsets: OffsetCoverage;
  disagreements: Disagreement[];
  failures: { page: string; error: string }[];
  ours: SystemScores;
  readability: SystemScores;
}

type Extracted = Record<Field, string | null> & { body: string; mapped?: number };

const emptyTally = (): FieldTally => ({
  expected: 0,
  correct: 0,
  wrong: 0,
  missing: 0,
  extra: 0,
  bothNull: 0,
});
const emptyScores = (): SystemScores => ({
  fields: { title: emptyTally(), byline: emptyTally(), published: emptyTally() },
  body: { shared: 0, predicted: 0, expected: 0 },
  macroF1: 0,
  ms: [],
});

function tally(t: FieldTally, predicted: string | null, expected: string | null): void {
  if (expected === null) {
    if (predicted === null) t.bothNull++;
    else t.extra++;
    return;
  }
  t.expected++;
  if (predicted === null) t.missing++;
  else if (predicted === expected) t.correct++;
  else t.wrong++;
}

function ours(html: string, page: string): Extracted {
  const a = htmlArticle(html, { path: page, format: 'html' }, contentHash(html));
  return {
    title: normalizeTitle(a.title),
    byline: normalizeByline(a.byline),
    published: normalizeDay(a.published.value),
    body: a.text,
    mapped: (a.offsets ?? []).reduce((n, [, , length]) => n + length, 0),
  };
}

function readabilityAlone(html: string): Extracted {
  const r = new Readability(parseDocument(html) as never).parse();
  return {
    title: normalizeTitle(r?.title),
    byline: normalizeByline(r?.byline),
    published: normalizeDay(r?.publishedTime),
    body: r?.textContent ?? '',
  };
}

function score(
  scores: SystemScores,
  run: () => Extracted,
  expected: Record<Field, string | null>,
  expectedBody: Map<string, number>,
): Extracted {
  const start = performance.now();
  const got = run();
  scores.ms.push(performance.now() - start);
  for (const field of FIELDS) tally(scores.fields[field], got[field], expected[field]);
  const o = overlap(bagOfTokens(got.body), expectedBody);
  scores.body.shared += o.shared;
  scores.body.predicted += o.predicted;
  scores.body.expected += o.expected;
  const p = o.predicted ? o.shared / o.predicted : 0;
  const r = o.expected ? o.shared / o.expected : 0;
  scores.macroF1 += p + r ? (2 * p * r) / (p + r) : 0;
  return got;
}

export async function evaluateExtraction(dir: string): Promise<ExtractEvaluation> {
  const pages = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const result: ExtractEvaluation = {
    pages: 0,
    offsets: { mapped: 0, chars: 0, pagesBelow80: 0 },
    disagreements: [],
    failures: [],
    ours: emptyScores(),
    readability: emptyScores(),
  };
  for (const page of pages) {
    const at = (name: string) => join(dir, page, name);
    let html: string;
    let meta: { title?: string; byline?: string; publishedTime?: string };
    let expectedBody: Map<string, number>;
    try {
      html = decode(await readFile(at('source.html'))).text;
      meta = JSON.parse(await readFile(at('expected-metadata.json'), 'utf8'));
      const expectedDoc = parseDocument(`<body>${await readFile(at('expected.html'), 'utf8')}</body>`);
      expectedBody = bagOfTokens(blocksOf(expectedDoc).paragraphs.join('\n'));
    } catch {
      continue; // not a test page
    }
    result.pages++;
    const expected = {
      title: normalizeTitle(meta.title),
      byline: normalizeByline(meta.byline),
      published: normalizeDay(meta.publishedTime),
    };
    let got: Extracted | null = null;
    try {
      got = score(result.ours, () => ours(html, page), expected, expectedBody);
    } catch (error) {
      result.failures.push({ page, error: reasonOf(error) });
    }
    if (got?.mapped !== undefined) {
      const chars = got.body.replaceAll('\n\n', '').length;
      result.offsets.mapped += got.mapped;
      result.offsets.chars += chars;
      if (got.mapped < 0.8 * chars) result.offsets.pagesBelow80++;
    }
    const alone = score(result.readability, () => readabilityAlone(html), expected, expectedBody);
    for (const field of FIELDS) {
      if (got && got[field] !== expected[field]) {
        result.disagreements.push({
          page,
          field,
          ours: got[field],
          expected: expected[field],
          readability: alone[field],
        });
      }
    }
  }
  return result;
}
