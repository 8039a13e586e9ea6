// Phrase chunks of a tagged token layer as token and character ranges, for stages that match
// patterns over phrases (subject NP – VP – object NP, "according to" PP …).
import type { Token } from '../../doc/schema.js';
import { chunksOf } from '../../ml/iob.js';

export interface PhraseChunk {
  /** NP, VP, PP, ADVP, ADJP, SBAR, PRT, … */
  type: string;
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
  /** Character offsets of the chunk in the text. */
  start: number;
  end: number;
}

/** The chunks of `tokens` (tagged by the syntax stage); untagged tokens count as outside. */
export function phraseChunks(tokens: readonly Token[]): PhraseChunk[] {
  return chunksOf(tokens.map((t) => t.chunk ?? 'O')).map((c) => ({
    type: c.type,
    first: c.start,
    last: c.end,
    start: tokens[c.start].start,
    end: tokens[c.end - 1].end,
  }));
}
