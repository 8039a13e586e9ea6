import { span } from '../../doc/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Stage `segment`: tokens and sentences as offset ranges of the body text. */
export const segmentStage = defineStage({
  name: 'segment',
  requires: [],
  produces: ['tokens', 'sentences'],
  run(doc) {
    const ranges = tokenize(doc.text);
    return {
      tokens: ranges.map((t) => span(doc.text, t.start, t.end)),
      sentences: splitSentences(doc.text, ranges).map((s) => span(doc.text, s.start, s.end)),
    };
  },
});
