// Command-line inputs → the files to read: files as given, directories walked recursively (articles
// recognised by extension, extension-less files by content), "-" for stdin.
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { reasonOf } from '../errors.js';
import { binaryKind } from './binary.js';
import { ARTICLE_EXTENSIONS } from './sniff.js';

export type Entry = { input: string; path: string | null } | { input: string; error: string };

export const STDIN = '-';

async function readHead(path: string, size = 4096): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function isArticleFile(path: string, name: string): Promise<boolean> {
  if (name.startsWith('.')) return false;
  const ext = extname(name).toLowerCase();
  if (ext !== '') return ARTICLE_EXTENSIONS.includes(ext);
  const head = await readHead(path);
  return head.length > 0 && binaryKind(head) === null;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) yield* walk(path);
    else if (entry.isFile() && (await isArticleFile(path, entry.name))) yield path;
  }
}

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Entry> {
  for (const input of inputs) {
    if (input === STDIN) {
      yield { input, path: null };
      continue;
    }
    try {
      if (!(await stat(input)).isDirectory()) {
        yield { input, path: input };
        continue;
      }
      let found = 0;
      for await (const path of walk(input)) {
        found++;
        yield { input: path, path };
      }
      if (found === 0) {
        yield {
          input,
          error: `directory contains no articles (no ${ARTICLE_EXTENSIONS.join(' ')} or text files)`,
        };
      }
    } catch (error) {
      yield { input, error: reasonOf(error) };
    }
  }
}
