// POS tagging then chunking of one sentence's words with the two greedy models. The chunker reads
// the POS tagger's label indices, so both models must come from one training run (checked on load).
import { GreedyDecoder } from '../../ml/greedy-tagger.js';
import type { LinearModel } from '../../ml/linear-model.js';
import { type ChunkInput, chunkerSpec } from './chunk-features.js';
import { posTaggerSpec } from './pos-features.js';
import { type PreparedWords, prepareWords } from './words.js';

export interface TaggedWords {
  /** POS tags in the training data's tag set (CoNLL-2003: PTB tags with `"`, `(`, `)`). */
  pos: string[];
  /** IOB2 chunk tags. */
  chunks: string[];
}

/** What the POS model was trained with besides its weights, keyed by word hash (PreparedWords.word). */
export interface PosLexicon {
  /** Words tagged without scoring → POS label index (tag-dictionary.ts). */
  readonly tags: ReadonlyMap<number, number>;
}

export class SyntaxTagger {
  private readonly posDecoder: GreedyDecoder<PreparedWords>;
  private readonly chunkDecoder: GreedyDecoder<ChunkInput>;

  /** `lexicon` must be the one the POS model was trained with. */
  constructor(
    readonly posModel: LinearModel,
    readonly chunkModel: LinearModel,
    readonly lexicon: PosLexicon,
  ) {
    if (posModel.labels.length > 62) throw new RangeError('the chunker reads at most 62 POS labels');
    this.posDecoder = new GreedyDecoder(posModel, posTaggerSpec(lexicon.tags));
    this.chunkDecoder = new GreedyDecoder(chunkModel, chunkerSpec(chunkModel.labels));
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
