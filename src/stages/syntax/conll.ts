// Reader for CoNLL-2003-style column files: "word POS chunk NER" per line, a blank line between
// sentences, "-DOCSTART-" lines between documents. Chunk tags come back as IOB2.
import { readFileSync } from 'node:fs';
import { toIob2 } from '../../ml/iob.js';

export interface ConllSentence {
  words: string[];
  pos: string[];
  chunks: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { words: [], pos: [], chunks: [] };
  const flush = () => {
    if (current.words.length > 0) sentences.push({ ...current, chunks: toIob2(current.chunks) });
    current = { words: [], pos: [], chunks: [] };
  };
  for (const line of text.split('\n')) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '' || columns[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    current.words.push(columns[0]);
    // A few tags are written as alternatives ("NN|SYM"): keep the first.
    current.pos.push((columns[1] ?? 'NN').split('|')[0]);
    current.chunks.push(columns[2] ?? 'O');
  }
  flush();
  return sentences;
}

export function readConll(path: string): ConllSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}
