import type { Command } from 'commander';
import { openStore, redactUrl } from '../../store/open.js';
import { COUNTED_LAYERS, type StoreStats } from '../../store/store.js';
import { DB_OPTION } from '../store-option.js';

/** The readable account of a store's contents. */
export function formatStats(stats: StoreStats, db: string): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const lines = [
    `store       ${db} (${stats.backend})`,
    `articles    ${n(stats.articles)} (${n(stats.words)} words)`,
    `published   ${stats.published.first ?? '—'} … ${stats.published.last ?? '—'} (${n(stats.published.undated)} undated)`,
    '',
    'layer          items   per article',
  ];
  for (const layer of COUNTED_LAYERS) {
    const count = stats.layers[layer];
    const analyzed = stats.analyzed[layer];
    const per = analyzed ? (count / analyzed).toFixed(1) : '—';
    const note =
      analyzed === 0
        ? '  (not produced yet)'
        : analyzed < stats.articles
          ? `  (${n(analyzed)} articles)`
          : '';
    lines.push(`${layer.padEnd(12)} ${n(count).padStart(8)} ${per.padStart(13)}${note}`);
  }
  lines.push('', 'top publishers');
  if (stats.publishers.length === 0) lines.push('  —');
  for (const { publisher, articles } of stats.publishers)
    lines.push(`  ${n(articles).padStart(6)}  ${publisher}`);
  return lines.join('\n');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('print what the store holds: articles, items per layer, date range, top publishers')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.defaultValue)
    .option('--json', 'print the figures as one JSON object')
    .action(async (opts: { db: string; json?: boolean }) => {
      const store = await openStore(opts.db, { existing: true });
      try {
        const stats = await store.stats();
        process.stdout.write(
          opts.json ? `${JSON.stringify(stats)}\n` : `${formatStats(stats, redactUrl(opts.db))}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
