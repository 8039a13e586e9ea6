// Where content F1 is lost: gold attributions missed because no predicted cue touches their cue
// versus found cue with a content boundary off by more than half, and spurious predictions whose
// cue is a gold cue (boundary) versus not (false cue), by cue word. Use on train or dev (not held-out):
//   npx tsx tools/attribution-error-summary.ts /work/shared/data/polnear/dev [top]
import { predictAttributions, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { scoreAttributions } from '../src/eval/attribution-score.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/dev';
const top = Number(process.argv[3] ?? 25);
const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));

type Span = { start: number; end: number };
const touches = (a: Span, f: readonly Span[]): boolean => f.some((x) => x.start < a.end && a.start < x.end);
const tally = new Map<string, Map<string, number>>();
const add = (kind: string, key: string, w: number): void => {
  const m = tally.get(kind) ?? new Map<string, number>();
  m.set(key, (m.get(key) ?? 0) + w);
  tally.set(kind, m);
};

for (const doc of readAttributionCorpus(dir)) {
  const predicted = predictAttributions(pipeline, doc);
  const w = 1 / doc.annotations.length;
  for (const gold of doc.annotations) {
    const { pairs } = scoreAttributions(predicted, gold);
    const matchedP = new Set(pairs.map(([p]) => p));
    const matchedG = new Set(pairs.map(([, g]) => g));
    gold.forEach((g, i) => {
      const cueWord = g.cue ? doc.text.slice(g.cue[0].start, g.cue[g.cue.length - 1].end).toLowerCase() : '∅';
      if (matchedG.has(i)) {
        add('TP gold', cueWord, w);
        return;
      }
      const cueFound = g.cue !== null && predicted.some((p) => g.cue !== null && touches(p.cue, g.cue));
      add(cueFound ? 'FN boundary (cue found)' : 'FN cue missed', cueWord, w);
    });
    predicted.forEach((p, i) => {
      if (matchedP.has(i)) return;
      const goldCue = gold.some((g) => g.cue !== null && touches(p.cue, g.cue));
      add(goldCue ? 'FP boundary (gold cue)' : 'FP false cue', p.cue.text.toLowerCase(), w);
    });
  }
}
for (const [kind, m] of tally) {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n${kind}: ${total.toFixed(1)}`);
  console.log(rows.map(([k, n]) => `  ${n.toFixed(1).padStart(6)}  ${k}`).join('\n'));
}
