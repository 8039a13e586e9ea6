// Why predicted attributions of one kind match no gold content, by class (first annotation file of each
// text; use train, not dev):
//   npx tsx tools/attribution-false-positives.ts /work/shared/data/polnear/train [kind] [examples-per-class]
// gold cue: a gold cue touches the predicted cue — its gold content went to another prediction (nested),
//   or the content is off by more than half;
// cue not gold: no gold cue touches it — split by whether the prediction lies inside a gold content
//   (an inner relay PolNeAR does not mark), the cue's POS, whether the content holds a verb, and
//   whether a source was found; the most frequent cue words of each class follow.
// With a fourth argument, writes every prediction of the kind as a TSV row (text, cue word, shape of
// its content, matched or not) to that file, for precision by cue word and shape.
import { writeFileSync } from 'node:fs';
import type { Attribution } from '../src/doc/schema.js';
import type { DocContext } from '../src/stages/attribution/context.js';
import { oneLine, scoredTexts, Tally, tagGroup, touches } from './attribution-scored-texts.js';

const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
const kind = process.argv[3] ?? 'indirect';
const examples = Number(process.argv[4] ?? 0);
const rowsFile = process.argv[5];
const predictionRows: string[] = [];
const show = oneLine;

type Span = { start: number; end: number };
const inside = (a: Span, f: readonly Span[]): boolean => f.some((x) => x.start <= a.start && a.end <= x.end);

const tally = new Tally(examples);
const add = (key: string, example: string): void => tally.add(key, example);

const tokensOf = (c: DocContext, s: Span): number[] =>
  c.tokens.flatMap((t, i) => (t.start >= s.start && t.end <= s.end ? [i] : []));

/** Where the content lies and what it holds: before the cue, or after it opening with that/quote, holding a
 *  finite verb, or none (an object noun phrase). */
function contentShape(c: DocContext, p: Attribution): string {
  const span = p.cue as Span;
  const pieces = p.parts ?? [p.content];
  const toks = pieces.flatMap((x) => tokensOf(c, x));
  const verb = toks.some((i) => /^(VB[DPZ]|MD)$/.test(c.tokens[i].pos ?? ''));
  const before = pieces[pieces.length - 1].end <= span.start;
  const opensThat = toks.length > 0 && /^(that|["“‘'])/.test(c.lower[toks[0]]);
  return before
    ? 'content before'
    : opensThat
      ? 'that/quote after'
      : verb
        ? 'clause after'
        : 'no finite verb after';
}

/** The class of a prediction whose cue no gold cue touches. */
function notGoldClass(c: DocContext, p: Attribution, goldContents: Span[][]): string {
  const span = p.cue as Span;
  if (goldContents.some((g) => inside(span, g))) return 'cue not gold: inside a gold content';
  const cueTok = tokensOf(c, span);
  const head = tagGroup(c.tokens[cueTok[0]]?.pos);
  if (head === 'NN' || head === 'JJ') return `cue not gold: ${head} cue`;
  return `cue not gold: ${head} cue, ${contentShape(c, p)}${p.source ? '' : ', no source'}`;
}

for (const { doc, c, predicted, gold, pairs } of scoredTexts(dir)) {
  const matchedP = new Set(pairs.map(([p]) => p));
  const matchedG = new Set(pairs.map(([, g]) => g));
  const goldContents = gold.map((g) => g.content as Span[]);
  predicted.forEach((p, pi) => {
    if (p.kind !== kind) return;
    add('all predicted', '');
    const cueWord = show(p.cue?.text ?? '∅').toLowerCase();
    if (rowsFile && p.cue)
      predictionRows.push([doc.name, cueWord, contentShape(c, p), matchedP.has(pi) ? 1 : 0].join('\t'));
    if (matchedP.has(pi)) return;
    add('false positive', '');
    const line = `[${show(p.source?.text ?? '∅')}] [${p.cue?.text ?? '∅'}] ${show(p.content.text).slice(0, 140)}`;
    let cls: string;
    const byCue = p.cue
      ? gold.map((g, gi) => [g, gi] as const).filter(([g]) => g.cue && touches(p.cue as Span, g.cue))
      : [];
    if (!p.cue) cls = 'no cue';
    else if (byCue.length === 0) cls = notGoldClass(c, p, goldContents);
    else if (byCue.every(([, gi]) => matchedG.has(gi)))
      cls = 'gold cue: its content matched another prediction';
    else cls = 'gold cue: content off by more than half';
    add(cls, line);
    add(`word\t${cls.startsWith('cue not gold') ? 'not gold' : 'gold cue'}\t${cueWord}`, '');
  });
}
tally.print('most frequent cue words of false positives (class, word):');
if (rowsFile) writeFileSync(rowsFile, `${predictionRows.join('\n')}\n`);
