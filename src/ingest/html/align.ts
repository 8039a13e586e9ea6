// Maps extracted HTML text back to the page source. A paragraph's text is matched piece by piece:
// from the current position, the shortest run that identifies a place in the source (MIN_RUN
// characters) is searched for after the previous match, then extended character by character as
// long as text and source agree. Text whose source was an entity (&amp;), a tag boundary or
// collapsed whitespace is where a run ends; such characters stay unmapped.
import type { CleanTextBuilder } from '../clean-text.js';

const MIN_RUN = 8;

/** Appends `paragraph` to `builder`, recording source offsets for the runs found; returns the new cursor. */
export function appendAligned(
  builder: CleanTextBuilder,
  paragraph: string,
  source: string,
  cursor: number,
): number {
  let pos = 0;
  while (pos < paragraph.length) {
    const probe = paragraph.slice(pos, pos + MIN_RUN);
    const at = probe.length < MIN_RUN && pos > 0 ? -1 : source.indexOf(probe, cursor);
    if (at < 0) {
      // Unmapped: copy up to the next word boundary and try again there.
      const next = paragraph.slice(pos + 1).search(/[\s\p{P}]/u);
      const end = next < 0 ? paragraph.length : pos + 1 + next + 1;
      builder.push(paragraph.slice(pos, end));
      pos = end;
      continue;
    }
    let length = probe.length;
    while (pos + length < paragraph.length && source[at + length] === paragraph[pos + length]) length++;
    builder.copy(paragraph.slice(pos, pos + length), at);
    cursor = at + length;
    pos += length;
  }
  return cursor;
}
