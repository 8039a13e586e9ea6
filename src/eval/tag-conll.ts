// Tags CoNLL documents with the NER model, using the file's own tokens; each document is tagged as
// a whole so the document-level features see all of it.
import { normalizeWord } from '../stages/entities/index.js';
import { toIob2 } from '../stages/entities/labels.js';
import { tagDocument } from '../stages/entities/tagger.js';
import type { ConllDocument, ConllSentence } from './conll.js';

/** Predicted IOB2 tags for every sentence of the documents. */
export function tagConll(documents: readonly ConllDocument[]): Map<ConllSentence, string[]> {
  const tags = new Map<ConllSentence, string[]>();
  for (const doc of documents) {
    const labels = tagDocument(doc.sentences.map((s) => s.words.map(normalizeWord)));
    doc.sentences.forEach((s, k) => {
      tags.set(s, toIob2(labels[k]));
    });
  }
  return tags;
}
