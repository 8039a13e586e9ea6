// The articles of a hand-judged news audit (tools/news-actor-audit.ts, tools/news-event-audit.ts), analyzed
// and named as their judgement files name them.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../src/ingest/index.js';
import type { buildPipeline } from '../src/pipeline/runner.js';
import { PACKAGE_ROOT } from '../src/resources.js';

/** The shared data directory next to the package. */
export const SHARED = resolve(PACKAGE_ROOT, '..', 'shared');

/** The PolNeAR texts of a split, sorted by name (the audits take fixed ranges of them). */
export function polnearTexts(split: 'train' | 'dev'): string[] {
  const dir = join(SHARED, 'data', 'polnear', split, 'text');
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
}

/** The example articles both audits judge: the seed article and the example corpus (text, HTML, feeds). */
export function exampleArticles(): string[] {
  return [
    join(SHARED, 'corpus', 'seed', 'kim-china-ties.txt'),
    ...['text', 'html', 'feeds'].flatMap((d) =>
      readdirSync(join(PACKAGE_ROOT, 'examples', d))
        .sort()
        .map((f) => join(PACKAGE_ROOT, 'examples', d, f)),
    ),
  ];
}

/**
 * Analyzed articles by a short name: the file's name, and for a feed item its title's first words too.
 * PolNeAR texts are dated by their file name.
 */
export async function analyzeSample(
  paths: readonly string[],
  pipeline: ReturnType<typeof buildPipeline>,
): Promise<Map<string, AnalyzedArticle>> {
  const docs = new Map<string, AnalyzedArticle>();
  for (const path of paths) {
    const published = /_(\d{4}-\d{2}-\d{2})_/.exec(basename(path))?.[1];
    for await (const r of readInputs([path], { format: 'auto', maxBytes: DEFAULT_MAX_BYTES, published })) {
      if (!r.ok) throw new Error(`${path}: ${r.error}`);
      const doc = pipeline.run(r.article);
      const name = path.endsWith('.rss')
        ? `${basename(path)}#${(doc.title ?? '').split(/\s+/).slice(0, 3).join(' ')}`
        : basename(path);
      docs.set(name, doc);
    }
  }
  return docs;
}
