// Opening one input: its size and first bytes (enough to sniff), then the whole of it or its lines.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { IngestError } from '../errors.js';

export const HEAD_BYTES = 8192;

export interface Loaded {
  size: number;
  head: Buffer;
  whole(): Promise<Buffer>;
  /** The input's lines (UTF-8), read as a stream. */
  lines(): AsyncIterable<string>;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function fromBuffer(bytes: Buffer): Loaded {
  return {
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    whole: async () => bytes,
    async *lines() {
      yield* bytes.toString('utf8').split(/\r?\n/);
    },
  };
}

/** Opens a file, or stdin when `path` is null. */
export async function load(path: string | null): Promise<Loaded> {
  if (path === null) return fromBuffer(await readStdin());
  const info = await stat(path);
  if (!info.isFile()) throw new IngestError('not a regular file');
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return {
    size: info.size,
    head,
    whole: () => readFile(path),
    lines: () =>
      createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY }),
  };
}
