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
import { isCueCandidateToken } from '../src/stages/attribution/cue-features.js';
import { cueScore, MIN_CUE_MARGIN, MIN_CUE_SCORE } from '../src/stages/attribution/cue-score.js';
import { cueMargin } from '../src/stages/attribution/models.js';
import { scoredTexts } from './attribution-scored-texts.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const examples = Number(process.argv[3] ?? 0);
const show = (s: string): string => s.replace(/\s+/g, ' ');

type Span = { start: number; end: number };
const touches = (a: Span, f: readonly Span[]): boolean => f.some((x) => x.start < a.end && a.start < x.end);
const fragLength = (f: readonly Span[]): number => f.reduce((n, x) => n + x.end - x.start, 0);
const overlap = (a: readonly Span[], b: readonly Span[]): number =>
  a.reduce(
    (n, x) => n + b.reduce((m, y) => m + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0),
    0,
  );

const counts = new Map<string, number>();
const shown = new Map<string, string[]>();
function add(kind: string, example: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = shown.get(kind) ?? [];
  if (list.length < examples) list.push(example);
  shown.set(kind, list);
}

/** What the cue rules made of the gold cue's words. */
function cueVerdict(c: DocContext, cue: Fragments): string {
  const toks: number[] = [];
  c.tokens.forEach((t, i) => {
    if (touches(t, cue)) toks.push(i);
  });
  if (toks.length === 0) return 'no token';
  if (toks.every((i) => c.quoteOf[i] >= 0)) return 'inside quotes';
  let best = -Infinity;
  let accepted = false;
  for (const i of toks) {
    if (cueScore(c, i) >= MIN_CUE_SCORE) accepted = true;
    if (isCueCandidateToken(c, i)) {
      const m = cueMargin(c, i);
      if (m >= MIN_CUE_MARGIN) accepted = true;
      best = Math.max(best, m);
    }
  }
  if (accepted) return 'accepted, no attribution';
  if (best >= 0) return 'rejected, margin 0–4';
  if (best >= -4) return 'rejected, margin −4–0';
  return 'never proposed';
}

function headTag(c: DocContext, cue: Fragments): string {
  const i = c.tokens.findIndex((t) => touches(t, cue));
  if (i < 0) return '?';
  const pos = c.tokens[i].pos ?? '?';
  return /^[A-Z]/.test(pos) ? pos.replace(/^(VB|NN|JJ|RB).*$/, '$1') : 'punct';
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
      const verdict = cueVerdict(c, cue);
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
const rows = [...counts].filter(([k]) => !k.startsWith('word\t')).sort((a, b) => a[0].localeCompare(b[0]));
for (const [k, n] of rows) {
  console.log(`${String(n).padStart(6)}  ${k}`);
  for (const e of shown.get(k) ?? []) if (e) console.log(`\t${e}`);
}
const words = [...counts].filter(([k]) => k.startsWith('word\t')).sort((a, b) => b[1] - a[1]);
console.log('\nmost missed cue words (verdict, word):');
for (const [k, n] of words.slice(0, 80)) console.log(`${String(n).padStart(6)}  ${k.slice(5)}`);
