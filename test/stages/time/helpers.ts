import { splitSentences } from '../../../src/stages/segment/sentences.js';
import { tokenize } from '../../../src/stages/segment/tokenize.js';
import { findTimexes } from '../../../src/stages/time/index.js';

/** The timexes of `text` as "text|TYPE|value" strings, with the DCT `anchor`. */
export function timexes(text: string, anchor: string | null): string[] {
  const sentences = splitSentences(text, tokenize(text)).map((s) => ({
    ...s,
    text: text.slice(s.start, s.end),
  }));
  return findTimexes(text, sentences, anchor).map((t) => `${t.text}|${t.type}|${t.value}`);
}

/** The value of the only timex whose text is `expression` in `text`. */
export function timexValue(text: string, expression: string, anchor: string | null): string | undefined {
  return timexes(text, anchor)
    .find((t) => t.startsWith(`${expression}|`))
    ?.split('|')[2];
}
