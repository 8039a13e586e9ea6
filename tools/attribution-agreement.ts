// Agreement between PolNeAR annotators of the same text, scored like the stage (one annotation file
// taken as the prediction, another as gold; every ordered pair, a text weighing 1): a ceiling for
// `eval attribution`.
//   npx tsx tools/attribution-agreement.ts /work/shared/data/polnear/train
import type { Attribution, Span } from '../src/doc/schema.js';
import { readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { addCounts, emptyCounts, scoreAttributions, summarizeCounts } from '../src/eval/attribution-score.js';
import type { Fragments, GoldAttribution } from '../src/eval/brat.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';

function asPrediction(text: string, g: GoldAttribution): Attribution {
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
  const whole = (f: Fragments): Span => span(f[0].start, f[f.length - 1].end);
  const content = whole(g.content);
  return {
    kind: 'indirect',
    source: g.source ? whole(g.source) : null,
    cue: g.cue ? whole(g.cue) : span(content.start, content.start),
    content,
    ...(g.content.length > 1 ? { parts: g.content.map((f) => span(f.start, f.end)) } : {}),
  };
}

const total = emptyCounts();
let texts = 0;
for (const doc of readAttributionCorpus(dir)) {
  if (doc.annotations.length < 2) continue;
  texts++;
  const k = doc.annotations.length;
  doc.annotations.forEach((a, i) => {
    const predicted = a.map((g) => asPrediction(doc.text, g));
    doc.annotations.forEach((gold, j) => {
      if (i !== j) addCounts(total, scoreAttributions(predicted, gold).counts, 1 / (k * (k - 1)));
    });
  });
}
const s = summarizeCounts(total);
const pct = (x: number): string => (100 * x).toFixed(1);
console.log(
  `${texts} texts with several annotators: content P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}, ` +
    `exact-span F1 ${pct(s.exactF1)}, source accuracy ${pct(s.sourceAccuracy)}, cue accuracy ${pct(s.cueAccuracy)}`,
);
