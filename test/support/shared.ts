// Acceptance tests read the team's data in ../shared. They skip, saying why, only where it is
// absent; in CI (CI=true) a missing ../shared is an error, never a silent skip.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'vitest';

export const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const SEED = resolve(SHARED, 'corpus', 'seed', 'kim-china-ties.txt');

const present = existsSync(SHARED);
if (!present && process.env.CI) throw new Error(`../shared is missing at ${SHARED}: CI needs it`);
if (!present) console.warn(`skipping acceptance tests: ../shared not found at ${SHARED}`);

/** `describe` for tests that need ../shared. */
export const describeShared = present ? describe : describe.skip;

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED, ...parts);
}
