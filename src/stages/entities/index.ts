// Stage `entities`: named-entity mentions (PER, ORG, LOC, MISC with subtypes) found by the trained
// tagger over the segment stage's sentences and tokens.
import type { Mention, Span } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import { tagSpans } from '../../eval/ner-score.js';
import { defineStage } from '../../pipeline/stage.js';
import { withGivenNameTail } from './given-name-tail.js';
import type { EntityType } from './labels.js';
import { toIob2 } from './labels.js';
import { classify } from './subtypes.js';
import { tagDocument } from './tagger.js';

/** Typographic quotes as the training text writes them (straight), so "’s" reads as "'s". */
export function normalizeWord(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** The tokens of each sentence (tokens and sentences are both sorted ranges of the text). */
export function tokensBySentence(tokens: readonly Span[], sentences: readonly Span[]): Span[][] {
  const result: Span[][] = sentences.map(() => []);
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && sentences[s].end <= token.start) s++;
    if (s === sentences.length) break;
    if (token.start >= sentences[s].start) result[s].push(token);
  }
  return result.filter((sentence) => sentence.length > 0);
}

export function findMentions(text: string, tokens: readonly Span[], sentences: readonly Span[]): Mention[] {
  const grouped = tokensBySentence(tokens, sentences);
  const words = grouped.map((sentence) => sentence.map((t) => normalizeWord(t.text)));
  const tags = tagDocument(words).map(toIob2);
  const mentions: Mention[] = [];
  grouped.forEach((sentence, k) => {
    const spans = tagSpans(tags[k]);
    spans.forEach((entity, i) => {
      const taken = spans[i + 1]?.start === entity.end;
      const end = entity.type === 'PER' ? withGivenNameTail(words[k], entity.end, taken) : entity.end;
      const { type, subtype } = classify(entity.type as EntityType, words[k].slice(entity.start, end));
      const mention: Mention = {
        ...span(text, sentence[entity.start].start, sentence[end - 1].end),
        type,
      };
      if (subtype) mention.subtype = subtype;
      mentions.push(mention);
    });
  });
  return mentions;
}

export const entitiesStage = defineStage({
  name: 'entities',
  requires: ['tokens', 'sentences'],
  produces: ['mentions'],
  run(doc) {
    return { mentions: findMentions(doc.text, doc.tokens ?? [], doc.sentences ?? []) };
  },
});
