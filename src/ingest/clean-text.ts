/** `[textStart, sourceStart, length]`: text[textStart, +length) was copied from source[sourceStart, +length). */
export type OffsetSegment = [number, number, number];

/**
 * Builds an article's clean text paragraph by paragraph, recording where each copied piece came
 * from in the source so that every body offset can be mapped back.
 */
export class CleanTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly offsets: OffsetSegment[] = [];

  /** Starts a new paragraph (separated from the previous one by a blank line). */
  paragraph(): this {
    if (this.length > 0) this.push('\n\n');
    return this;
  }

  /** Appends text copied verbatim from `source` at `sourceStart`. */
  copy(value: string, sourceStart: number): this {
    if (value === '') return this;
    const last = this.offsets.at(-1);
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === sourceStart)
      last[2] += value.length;
    else this.offsets.push([this.length, sourceStart, value.length]);
    return this.push(value);
  }

  /** Appends text that has no single place in the source (a separator, a decoded entity). */
  push(value: string): this {
    this.parts.push(value);
    this.length += value.length;
    return this;
  }

  get size(): number {
    return this.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
