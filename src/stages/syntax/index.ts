import { defineStage } from '../../pipeline/stage.js';
import { tagTokens } from './tag-tokens.js';

/** Stage `syntax`: a Penn Treebank POS tag and an IOB2 chunk tag on every token. */
export const syntaxStage = defineStage({
  name: 'syntax',
  requires: ['tokens', 'sentences'],
  produces: ['tokens'],
  run(doc) {
    return { tokens: tagTokens(doc.text, doc.tokens ?? [], doc.sentences ?? []) };
  },
});
