/** Why an input cannot become an article; `readInputs` reports it with the input's name. */
export class IngestError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The one-line reason for any error thrown while reading an input. */
export function reasonOf(error: unknown): string {
  if (error instanceof IngestError) return error.reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
