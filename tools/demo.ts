// `npm run demo`: ingests examples/ into a fresh demo.db with the built CLI, then prints what the
// store holds: every article with its title, date and counts per layer, and its events if any.
// Usage: npx tsx tools/demo.ts [--examples DIR] [--db FILE] [--serve [--port N]]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { PACKAGE_ROOT } from '../src/resources.js';
import { openStore } from '../src/store/open.js';
import type { ArticleSummary } from '../src/store/store.js';

const { values } = parseArgs({
  options: {
    examples: { type: 'string', default: relative(process.cwd(), resolve(PACKAGE_ROOT, 'examples')) },
    db: { type: 'string', default: relative(process.cwd(), resolve(PACKAGE_ROOT, 'demo.db')) },
    serve: { type: 'boolean', default: false },
    port: { type: 'string', default: '4000' },
  },
});

function describeArticle(a: ArticleSummary): string[] {
  const counts = Object.entries(a.counts)
    .filter(([, n]) => n !== null)
    .map(([layer, n]) => `${n} ${layer}`)
    .join(', ');
  return [
    `• ${a.title ?? '(untitled)'}`,
    `    ${a.published ?? 'undated'}${a.publishedHow ? ` (${a.publishedHow})` : ''}` +
      `${a.publisher ? ` · ${a.publisher}` : ''} · ${a.path ?? a.url ?? a.id}`,
    `    ${a.words} words: ${counts}`,
  ];
}

function describeEvents(doc: AnalyzedArticle | null): string[] {
  return (doc?.events ?? []).map((e) => {
    const who = `${e.source?.code ?? '?'} → ${e.target?.code ?? '?'}`;
    const when = e.time ? ` · ${e.time.value}${e.time.inferred ? ' (inferred)' : ''}` : '';
    return `    event ${e.type} (CAMEO ${e.cameo}) ${who} “${e.trigger.text}”${when}`;
  });
}

async function main(): Promise<void> {
  if (!existsSync(values.examples)) throw new Error(`no examples at ${values.examples}`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.db}${suffix}`, { force: true });
  const bin = resolve(PACKAGE_ROOT, 'bin', 'dateline.js');
  const ingest = spawnSync(process.execPath, [bin, 'ingest', values.examples, '--db', values.db], {
    stdio: 'inherit',
  });
  if (ingest.status !== 0 && ingest.status !== 2) process.exit(ingest.status ?? 1);

  const store = await openStore(values.db);
  try {
    const { total, items } = await store.listArticles({ limit: 1000 });
    console.log(`\n${total} articles stored in ${values.db}, newest first:\n`);
    for (const article of items) {
      console.log(
        [...describeArticle(article), ...describeEvents(await store.getArticle(article.id))].join('\n'),
      );
    }
    const stats = await store.stats();
    const layers = Object.entries(stats.layers)
      .map(([layer, n]) => `${n} ${layer}`)
      .join(', ');
    console.log(`\nin all: ${stats.words} words; ${layers}`);
    console.log(`see also: node bin/dateline.js stats --db ${values.db}`);
  } finally {
    await store.close();
  }
  if (values.serve) {
    // the web UI over what was just stored; the server prints its URL
    spawnSync(process.execPath, [bin, 'serve', '--db', values.db, '--port', values.port], {
      stdio: 'inherit',
    });
  }
}

await main();
