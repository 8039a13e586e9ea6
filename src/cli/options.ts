import { InvalidArgumentError } from 'commander';
import { normalizeDate } from '../ingest/published/normalize.js';
import type { StageTimings } from '../pipeline/runner.js';

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** Parses "10MB", "512KB", "1000" into bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]?B?)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2].toUpperCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError(`not a size: "${value}" (use e.g. 10MB)`);
  return Math.round(Number(m[1]) * unit);
}

/** Parses a `--published` date ("2023-07-29", "2023-07-29T09:00+09:00", "July 29, 2023") into ISO form. */
export function parseDateOption(value: string): string {
  const date = normalizeDate(value);
  if (!date) throw new InvalidArgumentError(`not a date: "${value}" (use YYYY-MM-DD)`);
  return date;
}

export function printProfile(timings: StageTimings): void {
  const total = [...timings.values()].reduce((sum, t) => sum + t.ms, 0);
  process.stderr.write('stage           ms/doc     total ms   share\n');
  for (const [name, t] of timings) {
    const perDoc = t.docs ? t.ms / t.docs : 0;
    const share = total ? (100 * t.ms) / total : 0;
    process.stderr.write(
      `${name.padEnd(14)} ${perDoc.toFixed(3).padStart(8)} ${t.ms.toFixed(1).padStart(12)} ${share.toFixed(1).padStart(6)}%\n`,
    );
  }
}

/** Parses a TCP port (0: any free port). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`not a port (0–65535): "${value}"`);
  return n;
}

/** A parser of whole numbers ≥ `min` written as digits. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min) {
      throw new InvalidArgumentError(`not a whole number ≥ ${min}: "${value}"`);
    }
    return n;
  };
}

/** Parses a whole number ≥ 1 (threads, runs, concurrency). */
export const parseCount = wholeNumber(1);
