// Trains the content-end classifier on PolNeAR train (never dev or test). For every gold content
// that follows its cue, starts outside a quotation and is one piece, each token from the second of
// the content to its end is an example: YES when the content ends just before it, O when it goes on.
//   npx tsx tools/train-attribution-ends.ts [/work/shared/data/polnear/train] [epochs=5]
// writes models/attribution-end.bin.
import { FeatureVector } from '../src/ml/index.js';
import { isOpenQuote } from '../src/stages/attribution/context.js';
import { END_FEATURES_VERSION, endFeatures, isEndCandidate } from '../src/stages/attribution/end-features.js';
import { END_MODEL_FILE } from '../src/stages/attribution/models.js';
import { type Example, keysOf, taggedCorpus, trainAndWrite } from './attribution-training.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const epochs = Number(process.argv[3] ?? 5);

const examples: Example[] = [];
const fv = new FeatureVector();
for (const { doc, c } of taggedCorpus(dir)) {
  const tokenAt = (offset: number): number => c.tokens.findIndex((t) => t.end > offset);
  const sentenceOf = new Int32Array(c.tokens.length);
  c.sentences.forEach((s, si) => {
    sentenceOf.fill(si, s.first, s.last);
  });
  for (const gold of doc.annotations) {
    for (const a of gold) {
      if (!a.cue || a.content.length !== 1 || a.cue[a.cue.length - 1].end > a.content[0].start) continue;
      const start = tokenAt(a.content[0].start);
      const cue = tokenAt(a.cue[a.cue.length - 1].end - 1);
      if (start < 0 || cue < 0 || isOpenQuote(c, start) || c.quoteOf[start] >= 0) continue;
      const s = c.sentences[sentenceOf[start]];
      let end = start;
      while (end < c.tokens.length && c.tokens[end].start < a.content[0].end) end++;
      for (let k = start + 1; k < Math.min(end + 1, s.last); k++) {
        if (!isEndCandidate(c, k)) continue;
        endFeatures(c, cue, start, k, fv);
        examples.push({ keys: keysOf(fv), labels: [k === end ? 1 : 0] });
      }
    }
  }
}
trainAndWrite(examples, epochs, END_MODEL_FILE, END_FEATURES_VERSION);
