// Trains the content-span model on PolNeAR train (never dev or test): a structured perceptron over the
// spans after a cue. The rules run over each text and every content after a cue they find (its
// candidate starts, the rules' span, the furthest end) is a question; where an annotation file's gold
// attribution touches the cue and its content (one piece) is among the candidates, the best span under
// the current weights is compared with the gold one, and when they differ the gold span's features
// gain and the guess's lose. The search is not held near the rules' span here (the stage holds it).
//   npx tsx tools/train-attribution-spans.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-span.bin.
import { AveragedPerceptron, FeatureVector, seededRandom, shuffleInPlace } from '../src/ml/index.js';
import { observeSpans } from '../src/stages/attribution/content.js';
import type { DocContext } from '../src/stages/attribution/context.js';
import { ruleCandidates } from '../src/stages/attribution/index.js';
import { MODEL_LABELS, SPAN_MODEL_FILE } from '../src/stages/attribution/models.js';
import {
  isSpanEnd,
  SPAN_FEATURES_VERSION,
  type SpanQuestion,
  searchSpans,
  spanFeatures,
  trimEnd,
} from '../src/stages/attribution/span-features.js';
import { goldTouchingCue, taggedCorpus, writeModel } from './attribution-training.js';

interface SpanExample {
  c: DocContext;
  q: SpanQuestion;
  start: number;
  end: number;
}

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);
const examples: SpanExample[] = [];
let asked = 0;
for (const { doc, c } of taggedCorpus(dir)) {
  const tokenAt = (offset: number): number => c.tokens.findIndex((t) => t.end > offset);
  const questions: SpanQuestion[] = [];
  observeSpans((q) => questions.push(q));
  ruleCandidates(c);
  observeSpans(undefined);
  for (const q of questions) {
    asked++;
    for (const a of goldTouchingCue(doc, c.tokens[q.cue].start, c.tokens[q.cue].end)) {
      if (a.content.length !== 1) continue;
      const start = tokenAt(a.content[0].start);
      let end = start;
      while (end < c.tokens.length && c.tokens[end].start < a.content[0].end) end++;
      end = trimEnd(c, start, end);
      if (!q.starts.includes(start) || end > q.limit || !isSpanEnd(c, end, q.limit)) continue;
      examples.push({ c, q, start, end });
    }
  }
}
console.error(`${asked} span questions, ${examples.length} with the gold span among the candidates`);

const perceptron = new AveragedPerceptron(MODEL_LABELS);
const scores = new Float64Array(2);
const score = (fv: FeatureVector): number => {
  perceptron.score(fv, scores);
  return scores[1] - scores[0];
};
const fv = new FeatureVector();
const goldFv = new FeatureVector();
const random = seededRandom(1);
for (let epoch = 0; epoch < epochs; epoch++) {
  shuffleInPlace(examples, random);
  let errors = 0;
  for (const x of examples) {
    perceptron.tick();
    const best = searchSpans(x.c, x.q, fv, score, false);
    if (best.start === x.start && best.end === x.end) continue;
    errors++;
    spanFeatures(x.c, x.q, x.start, x.end, goldFv);
    spanFeatures(x.c, x.q, best.start, best.end, fv);
    perceptron.update(1, 0, goldFv);
    perceptron.update(0, 1, fv);
  }
  console.error(
    `epoch ${epoch + 1}: ${examples.length} spans, error rate ${(errors / examples.length).toFixed(4)}`,
  );
}
writeModel(perceptron, epochs, SPAN_MODEL_FILE, SPAN_FEATURES_VERSION);
