// Tags the tokens of a document sentence by sentence (the models were trained on sentences).
// Tokens outside every sentence span — not expected from the segment stage — are tagged as one
// run of their own, so that every token still gets its tags.
import type { Span, Token } from '../../doc/schema.js';
import { syntaxTagger } from './models.js';
import { ptbTag, taggerWords } from './ptb.js';
import type { SyntaxTagger } from './tagger.js';

export function tagTokens(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  tagger: SyntaxTagger = syntaxTagger(),
): Token[] {
  const tagged: Token[] = new Array(tokens.length);
  let i = 0;
  let s = 0;
  while (i < tokens.length) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    const sentence = sentences[s];
    const inside = sentence !== undefined && sentence.start <= tokens[i].start;
    let j = i + 1;
    if (inside) while (j < tokens.length && tokens[j].end <= sentence.end) j++;
    else while (j < tokens.length && (sentence === undefined || tokens[j].end <= sentence.start)) j++;
    const run = tokens.slice(i, j);
    const { pos, chunks } = tagger.tag(taggerWords(text, run));
    for (let k = 0; k < run.length; k++) {
      const t = run[k];
      tagged[i + k] = { ...t, pos: ptbTag(pos[k], text, t.start, t.end), chunk: chunks[k] };
    }
    i = j;
  }
  return tagged;
}
