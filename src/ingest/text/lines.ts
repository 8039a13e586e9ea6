/** A line of the source with surrounding whitespace trimmed; `start`/`end` index the source. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of source.matchAll(re)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = (m.index ?? 0) + lead;
    lines.push({ text, start, end: start + text.length });
    if ((m.index ?? 0) + m[0].length >= source.length) break;
  }
  return lines;
}
