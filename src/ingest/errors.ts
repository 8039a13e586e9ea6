/** An input that cannot become an article; the message names the reason, the CLI adds the input. */
export class IngestError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}
