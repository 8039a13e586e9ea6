// Maps extracted HTML text back to the page source. A paragraph's text is matched piece by piece:
// from the current position, a probe starting at a word character is looked for after the previous
// match, then extended character by character as long as text and source agree. Until a paragraph
// has its first match the probe is long (ANCHOR_RUN characters, searched anywhere after the cursor;
// a shorter paragraph only within FAR characters) so that a common phrase cannot make the cursor
// jump ahead; after it, MIN_RUN characters within NEAR characters. Where the source had an entity (&amp;),
// a tag boundary or collapsed whitespace a run ends; such characters stay unmapped.
import type { CleanTextBuilder } from '../clean-text.js';

const MIN_RUN = 8;
const ANCHOR_RUN = 24;
const NEAR = 2000;
const FAR = 20000;

function find(source: string, probe: string, from: number, within: number): number {
  if (within === Number.POSITIVE_INFINITY) return source.indexOf(probe, from);
  const at = source.slice(from, from + within + probe.length).indexOf(probe);
  return at < 0 ? -1 : from + at;
}

/** Appends `paragraph` to `builder`, recording source offsets for the runs found; returns the new cursor. */
export function appendAligned(
  builder: CleanTextBuilder,
  paragraph: string,
  source: string,
  cursor: number,
): number {
  let pos = 0;
  let anchored = false;
  while (pos < paragraph.length) {
    const run = anchored ? MIN_RUN : ANCHOR_RUN;
    const probe = paragraph.slice(pos, pos + run);
    const within = anchored ? NEAR : probe.length < run ? FAR : Number.POSITIVE_INFINITY;
    const searchable = /^[\p{L}\p{N}]/u.test(probe) && (probe.length >= MIN_RUN || pos === 0);
    const at = searchable ? find(source, probe, cursor, within) : -1;
    if (at < 0) {
      // Unmapped: copy up to the next word start and try again there.
      const next = paragraph.slice(pos + 1).search(/(?<=[^\p{L}\p{N}])[\p{L}\p{N}]/u);
      const end = next < 0 ? paragraph.length : pos + 1 + next;
      builder.push(paragraph.slice(pos, end));
      pos = end;
      continue;
    }
    let length = probe.length;
    while (pos + length < paragraph.length && source[at + length] === paragraph[pos + length]) length++;
    builder.copy(paragraph.slice(pos, pos + length), at);
    cursor = at + length;
    pos += length;
    anchored = true;
  }
  return cursor;
}
