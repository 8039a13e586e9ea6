// Scores the syntax tagger against CoNLL-style sentences: token POS accuracy and conlleval-style
// chunk precision/recall/F1 (a chunk counts when its type and both ends match).
import { type ChunkScores, scoreChunks } from '../../ml/iob.js';
import type { ConllSentence } from './conll.js';
import type { SyntaxTagger } from './tagger.js';

export interface SyntaxScores {
  sentences: number;
  tokens: number;
  posAccuracy: number;
  chunks: ChunkScores;
}

export function scoreSyntax(tagger: SyntaxTagger, sentences: readonly ConllSentence[]): SyntaxScores {
  let right = 0;
  let tokens = 0;
  const pairs: { gold: string[]; predicted: string[] }[] = [];
  for (const s of sentences) {
    const tagged = tagger.tag(s.words);
    for (let i = 0; i < s.words.length; i++) if (tagged.pos[i] === s.pos[i]) right++;
    tokens += s.words.length;
    pairs.push({ gold: s.chunks, predicted: tagged.chunks });
  }
  return {
    sentences: sentences.length,
    tokens,
    posAccuracy: tokens === 0 ? 0 : right / tokens,
    chunks: scoreChunks(pairs),
  };
}
