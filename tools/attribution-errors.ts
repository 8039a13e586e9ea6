// Lists attribution errors on a PolNeAR-style directory, for error analysis (use train, not dev):
//   npx tsx tools/attribution-errors.ts /work/shared/data/polnear/train [max-docs] > /tmp/errors.txt
import { predictAttributions, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import { scoreAttributions } from '../src/eval/attribution-score.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const max = Number(process.argv[3] ?? 100);
const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));
const show = (s: string): string => s.replace(/\s+/g, ' ');

for (const doc of readAttributionCorpus(dir).slice(0, max)) {
  const predicted = predictAttributions(pipeline, doc);
  const gold = doc.annotations[0];
  const { pairs } = scoreAttributions(predicted, gold);
  const matchedP = new Set(pairs.map(([p]) => p));
  const matchedG = new Set(pairs.map(([, g]) => g));
  const cut = (f: ReadonlyArray<{ start: number; end: number }> | null): string =>
    f ? f.map((x) => show(doc.text.slice(x.start, x.end))).join(' … ') : '∅';
  gold.forEach((g, i) => {
    if (!matchedG.has(i)) console.log(`FN\t[${cut(g.source)}] [${cut(g.cue)}] ${cut(g.content)}`);
  });
  predicted.forEach((p, i) => {
    if (!matchedP.has(i))
      console.log(`FP\t[${show(p.source?.text ?? '∅')}] [${p.cue?.text}] ${show(p.content.text)}`);
  });
  for (const [p, g] of pairs) {
    const pr = predicted[p];
    const gg = gold[g];
    const src = pr.source;
    const srcOk =
      src && gg.source ? gg.source.some((f) => f.start < src.end && src.start < f.end) : !src && !gg.source;
    if (!srcOk)
      console.log(
        `SRC\t[${show(pr.source?.text ?? '∅')}] vs [${cut(gg.source)}] cue [${pr.cue?.text}] ${show(pr.content.text).slice(0, 80)}`,
      );
  }
}
