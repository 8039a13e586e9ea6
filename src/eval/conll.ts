// CoNLL-format text: one token per line (first column = the token, last column = the gold tag when
// the file has one), a blank line ends a sentence, a `-DOCSTART-` line starts a new document.

export interface ConllSentence {
  /** the input lines of the sentence, unchanged */
  readonly lines: string[];
  readonly words: string[];
  /** last column of each line (the gold IOB tag in annotated files) */
  readonly lastColumn: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** An input line outside any sentence (blank, -DOCSTART-) or a sentence, in input order. */
export type ConllItem = { kind: 'line'; line: string } | { kind: 'sentence'; sentence: ConllSentence };

export function parseConll(text: string): { items: ConllItem[]; documents: ConllDocument[] } {
  const items: ConllItem[] = [];
  const documents: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  let sentence: ConllSentence | undefined;
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const columns = line.trim().split(/\s+/);
    if (line.trim() === '' || columns[0] === '-DOCSTART-') {
      sentence = undefined;
      if (columns[0] === '-DOCSTART-') doc = undefined;
      items.push({ kind: 'line', line });
      continue;
    }
    if (!doc) {
      doc = { sentences: [] };
      documents.push(doc);
    }
    if (!sentence) {
      sentence = { lines: [], words: [], lastColumn: [] };
      doc.sentences.push(sentence);
      items.push({ kind: 'sentence', sentence });
    }
    sentence.lines.push(line);
    sentence.words.push(columns[0]);
    sentence.lastColumn.push(columns[columns.length - 1]);
  }
  return { items, documents };
}
