// What the attribution rules find before speakers, kinds and nesting are worked out.
import type { TokenRange } from './noun-phrase.js';

export interface Candidate {
  sentence: number;
  source: TokenRange | null;
  cue: TokenRange;
  /** Character offsets of the content. */
  contentStart: number;
  contentEnd: number;
  /** The pieces of a content the source and cue interrupt ('"C1," X said, "C2"'), as offset pairs. */
  parts?: Array<[number, number]>;
}
