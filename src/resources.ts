// Locates the package's data files (lexicons, compiled knowledge, models) whether the code runs
// from src/ (tests) or dist/ (the built CLI): both sit one level below the package root.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function resourcePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** Non-empty, non-comment (`#`) lines of a text resource, trimmed. */
export function readListResource(...parts: string[]): string[] {
  return readFileSync(resourcePath(...parts), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export const VERSION: string = JSON.parse(readFileSync(resourcePath('package.json'), 'utf8')).version;
