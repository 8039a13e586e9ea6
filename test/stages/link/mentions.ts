// Builds NER-style mentions by hand for link-stage tests: every occurrence of each listed name that is
// not part of a longer listed one (an NER tags "South Korea", not also its "South").
import type { Mention, MentionType } from '../../../src/doc/schema.js';

export function handMentions(text: string, names: ReadonlyArray<[string, MentionType, string?]>): Mention[] {
  const out: Mention[] = [];
  for (const [name, type, subtype] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const before = text[i - 1];
      const after = text[i + name.length];
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
      out.push({ start: i, end: i + name.length, text: name, type, ...(subtype ? { subtype } : {}) });
    }
  }
  return out.filter(
    (m) =>
      !out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}
