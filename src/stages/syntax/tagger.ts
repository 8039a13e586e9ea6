// POS tagging then chunking of one sentence's words with the two greedy models. The chunker reads
// the POS tagger's label indices, so both models must come from one training run (checked on load).
import { GreedyDecoder } from '../../ml/greedy-tagger.js';
import { iob2Transitions } from '../../ml/iob.js';
import type { LinearModel } from '../../ml/linear-model.js';
import { type ChunkInput, chunkFeatures } from './chunk-features.js';
import { posFeatures } from './pos-features.js';
import { type PreparedWords, prepareWords } from './words.js';

export interface TaggedWords {
  /** POS tags in the training data's tag set (CoNLL-2003: PTB tags with `"`, `(`, `)`). */
  pos: string[];
  /** IOB2 chunk tags. */
  chunks: string[];
}

export class SyntaxTagger {
  private readonly posDecoder: GreedyDecoder<PreparedWords>;
  private readonly chunkDecoder: GreedyDecoder<ChunkInput>;

  /**
   * `tagDictionary` maps word hashes to POS label indices fixed without scoring; it must be the one
   * the POS model was trained with.
   */
  constructor(
    readonly posModel: LinearModel,
    readonly chunkModel: LinearModel,
    readonly tagDictionary: ReadonlyMap<number, number>,
  ) {
    this.posDecoder = new GreedyDecoder(
      posModel,
      posFeatures,
      undefined,
      (w, i) => tagDictionary.get(w.word[i]) ?? -1,
    );
    this.chunkDecoder = new GreedyDecoder(chunkModel, chunkFeatures, iob2Transitions(chunkModel.labels));
  }

  /** POS label indices of `words` (prepared), for callers that chain models. */
  posIndices(words: PreparedWords): Int32Array {
    return this.posDecoder.decode(words, words.length);
  }

  /** Chunk label indices given the words and their POS label indices. */
  chunkIndices(words: PreparedWords, pos: Int32Array): Int32Array {
    return this.chunkDecoder.decode({ words, pos }, words.length);
  }

  tag(words: readonly string[]): TaggedWords {
    const prepared = prepareWords(words);
    const pos = this.posIndices(prepared);
    const chunks = this.chunkIndices(prepared, pos);
    const posLabels = this.posModel.labels;
    const chunkLabels = this.chunkModel.labels;
    return {
      pos: Array.from(pos, (y) => posLabels[y]),
      chunks: Array.from(chunks, (y) => chunkLabels[y]),
    };
  }
}
