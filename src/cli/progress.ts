// Progress of a batch: a bar on a terminal, a plain line now and then otherwise (logs, CI, pipes).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { IngestCounts } from '../batch/ingest.js';

/** About how many articles the inputs hold: one per file (feeds and JSON Lines hold more; the bar grows). */
export function estimateArticles(inputs: readonly string[]): number {
  const count = (path: string): number => {
    try {
      if (!statSync(path).isDirectory()) return 1;
      return readdirSync(path)
        .filter((name) => !name.startsWith('.'))
        .reduce((n, name) => n + count(join(path, name)), 0);
    } catch {
      return 1;
    }
  };
  return inputs.reduce((n, input) => n + (input === '-' ? 1 : count(input)), 0);
}

export interface Progress {
  update(counts: IngestCounts): void;
  stop(): void;
}

const done = (c: IngestCounts) => c.new + c.unchanged + c.failed.length;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          'ingest [{bar}] {value}/{total} | {new} new, {unchanged} unchanged, {failed} failed | {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { new: 0, unchanged: 0, failed: 0 });
    return {
      update(counts) {
        const value = done(counts);
        if (value > bar.getTotal()) bar.setTotal(value);
        bar.update(value, { new: counts.new, unchanged: counts.unchanged, failed: counts.failed.length });
      },
      stop() {
        if (bar.isActive) bar.stop();
      },
    };
  }
  let lastLine = started;
  return {
    update(counts) {
      const n = done(counts);
      if (n % 100 !== 0 && Date.now() - lastLine < 2000) return;
      lastLine = Date.now();
      const rate = n / Math.max((Date.now() - started) / 1000, 0.001);
      stream.write(
        `ingest: ${n}/${Math.max(total, n)} articles (${counts.new} new, ${counts.unchanged} unchanged, ` +
          `${counts.failed.length} failed), ${rate.toFixed(1)}/s\n`,
      );
    },
    stop() {},
  };
}
