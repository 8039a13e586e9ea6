import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import type { FeatureVector } from '../../../src/ml/index.js';
import { FeatureVector as Features } from '../../../src/ml/index.js';
import { docContext } from '../../../src/stages/attribution/context.js';
import { findAttributions } from '../../../src/stages/attribution/index.js';
import {
  isSpanEnd,
  type SpanQuestion,
  searchSpans,
  spanFeatures,
  spanStarts,
  trimEnd,
} from '../../../src/stages/attribution/span-features.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

const ctx = { anchor: null, options: {} };

function analyze(text: string) {
  const article = plainArticle(text, { format: 'text' });
  return { ...article, ...segmentStage.run(article, ctx) };
}

const contextOf = (text: string) => docContext(analyze(text));

describe('content span candidates', () => {
  const c = contextOf('The mayor praised the plan, noting that "costs will fall," before she left.');
  const at = (word: string): number => c.tokens.findIndex((t) => t.text === word);

  it('end after a word or a closing quote mark, never on a comma or inside a quotation', () => {
    const limit = at('.');
    expect(isSpanEnd(c, at(','), limit)).toBe(true); // "… the plan" ends before the comma
    expect(isSpanEnd(c, at(',') + 1, limit)).toBe(false); // "… the plan," ends on the comma
    expect(isSpanEnd(c, at('will'), limit)).toBe(false);
    expect(isSpanEnd(c, limit, limit)).toBe(true);
    expect(trimEnd(c, at('the'), at('noting'))).toBe(at(','));
  });

  it('start at words and opening quote marks', () => {
    const starts = spanStarts(c, at('noting') + 1, at('before'));
    expect(starts.map((k) => c.tokens[k].text)).toEqual(['that', '"']);
  });

  it('near the rules’ span only, when asked', () => {
    // A scorer that knows one span: every feature of the span from "the" to "left" scores 1.
    const q: SpanQuestion = {
      cue: at('praised'),
      starts: [at('the'), at('plan')],
      ruleStart: at('the'),
      ruleEnd: at(','),
      limit: at('.'),
    };
    const target = new Features();
    spanFeatures(c, q, at('the'), at('.'), target);
    const known = new Set(target.keys.slice(0, target.count));
    const score = (fv: FeatureVector): number => {
      let n = 0;
      for (let i = 0; i < fv.count; i++) if (known.has(fv.keys[i])) n++;
      return n;
    };
    const far = searchSpans(c, q, new Features(), score, false);
    expect([far.start, far.end]).toEqual([at('the'), at('.')]);
    const near = searchSpans(c, q, new Features(), score, true);
    expect(near.end).toBeLessThanOrEqual(at('noting') + 1);
  });
});

describe('the learned span', () => {
  it.each([
    [
      'Some of the nurses went on to complain about the new shifts.',
      'went on to complain about',
      'the new shifts',
    ],
    [
      'Small groups of volunteers continued to ask for more details about the crash.',
      'continued to ask for',
      'more details about the crash',
    ],
  ])('never moves a content past a cue chained to its own: %s', (text, cue, content) => {
    const found = findAttributions(analyze(text));
    expect(found.map((a) => [a.cue.text, a.content.text])).toEqual([[cue, content]]);
  });
});
