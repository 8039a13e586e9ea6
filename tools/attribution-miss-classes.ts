// Why gold contents are missed, by kind of miss (first annotation file of each text; use train, not dev):
//   npx tsx tools/attribution-miss-classes.ts /work/shared/data/polnear/train [examples-per-class]
// cue missed: no predicted cue touches the gold cue — split by what the cue rules made of its words
//   (accepted as a cue but no attribution came of it; rejected near the classifier's margin; never
//   proposed; inside quotation marks), with the POS of the cue's head;
// cue found: a prediction's cue touches it — nested (that prediction matched another gold content),
//   wrong side of the cue, too short (over several sentences or not), too long, disjoint.
import type { Attribution } from '../src/doc/schema.js';
import type { Fragments } from '../src/eval/brat.js';
import type { DocContext } from '../src/stages/attribution/context.js';
import { cueVerdict } from '../src/stages/attribution/cue-score.js';
import { cueMargin } from '../src/stages/attribution/models.js';
import { oneLine, scoredTexts, Tally, tagGroup, touches } from './attribution-scored-texts.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const examples = Number(process.argv[3] ?? 0);
const show = oneLine;

type Span = { start: number; end: number };
const fragLength = (f: readonly Span[]): number => f.reduce((n, x) => n + x.end - x.start, 0);
const overlap = (a: readonly Span[], b: readonly Span[]): number =>
  a.reduce(
    (n, x) => n + b.reduce((m, y) => m + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0),
    0,
  );

const tally = new Tally(examples);
const add = (kind: string, example: string): void => tally.add(kind, example);

/** What the cue rules made of the gold cue's words. */
function cueFate(c: DocContext, cue: Fragments): string {
  const toks: number[] = [];
  c.tokens.forEach((t, i) => {
    if (touches(t, cue)) toks.push(i);
  });
  if (toks.length === 0) return 'no token';
  if (toks.every((i) => c.quoteOf[i] >= 0)) return 'inside quotes';
  const verdicts = toks.map((i) => cueVerdict(c, i));
  if (verdicts.includes('cue')) return 'accepted, no attribution';
  // of the words the classifier was unsure of, the best margin
  const unsure = toks.filter((_, k) => verdicts[k] === 'unsure').map((i) => cueMargin(c, i));
  if (unsure.length === 0) return 'never proposed';
  return Math.max(...unsure) >= 0 ? 'rejected, margin 0–4' : 'rejected, margin −4–0';
}

function headTag(c: DocContext, cue: Fragments): string {
  const i = c.tokens.findIndex((t) => touches(t, cue));
  return i < 0 ? '?' : tagGroup(c.tokens[i].pos);
}

function sentenceOf(c: DocContext, offset: number): number {
  return c.sentences.findIndex((s) => c.tokens[s.first].start <= offset && offset < c.tokens[s.last - 1].end);
}

/** The kind of a content miss where a prediction's cue touches the gold cue. */
function boundaryKind(c: DocContext, p: Attribution, gold: Fragments, cue: Fragments): string {
  const pieces: Fragments = p.parts ?? [p.content];
  const ov = overlap(pieces, gold);
  const gl = fragLength(gold);
  const pl = fragLength(pieces);
  const cueAt = cue[0].start;
  const goldBefore = gold[gold.length - 1].end <= cueAt;
  const predBefore = pieces[pieces.length - 1].end <= cueAt;
  if (ov === 0) return goldBefore !== predBefore ? 'wrong side of the cue' : 'disjoint, same side';
  if (ov * 2 < gl) {
    const sentences = new Set(
      gold.map((f) => sentenceOf(c, f.start)).concat(gold.map((f) => sentenceOf(c, f.end - 1))),
    );
    return sentences.size > 1 ? 'too short, gold over sentences' : 'too short, one sentence';
  }
  if (ov * 2 < pl) return 'too long';
  return 'matched elsewhere';
}

for (const { doc, c, predicted, gold, pairs } of scoredTexts(dir)) {
  const matchedG = new Set(pairs.map(([, g]) => g));
  const matchOfP = new Map(pairs.map(([p, g]) => [p, g]));
  const cut = (f: Fragments | null): string =>
    f ? f.map((x) => show(doc.text.slice(x.start, x.end))).join(' … ') : '∅';
  gold.forEach((g, gi) => {
    add('all gold', '');
    if (matchedG.has(gi)) return;
    const line = `[${cut(g.source)}] [${cut(g.cue)}] ${cut(g.content).slice(0, 160)}`;
    if (!g.cue) {
      add('FN: no gold cue', line);
      return;
    }
    const cue = g.cue;
    const byCue = predicted.map((p, pi) => [p, pi] as const).filter(([p]) => touches(p.cue, cue));
    if (byCue.length === 0) {
      const verdict = cueFate(c, cue);
      add(`FN cue missed: ${verdict}`, line);
      add(`FN cue missed by tag: ${headTag(c, cue)}`, line);
      const word = show(doc.text.slice(cue[0].start, cue[cue.length - 1].end)).toLowerCase();
      add(`word\t${verdict}\t${word}`, '');
      return;
    }
    const nested = byCue.some(([, pi]) => matchOfP.has(pi));
    if (nested) {
      add('FN cue found: its prediction matched another gold content', line);
      return;
    }
    const [p] = byCue[0];
    add(
      `FN cue found: ${boundaryKind(c, p, g.content, cue)}`,
      `${line}\n\t\tPRED ${show(p.content.text).slice(0, 160)}`,
    );
  });
}
tally.print('most missed cue words (verdict, word):');
