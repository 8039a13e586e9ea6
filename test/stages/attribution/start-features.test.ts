import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { docContext } from '../../../src/stages/attribution/context.js';
import {
  isStartCandidate,
  START_WINDOW,
  startWindowEnd,
} from '../../../src/stages/attribution/start-features.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

const ctx = { anchor: null, options: {} };

function contextOf(text: string) {
  const article = plainArticle(text, { format: 'text' });
  return docContext({ ...article, ...segmentStage.run(article, ctx) });
}

describe('content start candidates', () => {
  it('are words and opening quote marks, not punctuation or words inside a quotation', () => {
    const c = contextOf('Smith said, "We will win," and left.');
    const at = (word: string): number => c.tokens.findIndex((t) => t.text === word);
    expect(isStartCandidate(c, at('said'))).toBe(true);
    expect(isStartCandidate(c, at(','))).toBe(false);
    expect(isStartCandidate(c, at('"'))).toBe(true);
    expect(isStartCandidate(c, at('will'))).toBe(false);
    expect(isStartCandidate(c, at('left'))).toBe(true);
  });

  it('lie within a window after the cue and inside the sentence', () => {
    const c = contextOf('Smith said it. Jones agreed.');
    const s = c.sentences[0];
    expect(startWindowEnd(1, s)).toBe(s.last);
    expect(startWindowEnd(1, { first: 0, last: 100 })).toBe(1 + START_WINDOW);
  });
});
