// The precision of the events the pipeline records on real news: a fixed sample of articles (PolNeAR train
// texts 101–160 in sorted order, which no event rule was written from, and the example corpus), each
// recorded event judged by hand as a CAMEO/PLOVER coder would in test/fixtures/news-events/judged.tsv.
//   list   every recorded event: file, sentence, trigger start, trigger, type, cameo, source>target, modality,
//          and the judgement it matches if any; --unjudged lists only the events no row judges, --sentence
//          prints each event's sentence under it (for judging)
//   score  precision (judged right / judged), the share of recorded events that are judged, the verdicts by
//          kind, and the unjudged events (a change that adds events shows them for judging); --errors lists
//          the recorded events judged wrong
// A row matches an event by file, trigger start and PLOVER type: a change of actors or code keeps the row
// and is scored against its verdict only when the verdict still holds (see `holds`).
// Run: npx tsx tools/news-event-audit.ts score|list [--errors] [--unjudged] [--sentence] [--rule-texts]
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { PACKAGE_ROOT } from '../src/resources.js';
import { analyzeSample, exampleArticles, polnearTexts } from './news-sample.js';

const JUDGED = resolve(PACKAGE_ROOT, 'test', 'fixtures', 'news-events', 'judged.tsv');
// `list --rule-texts` lists the events of PolNeAR train texts 1–100 instead: the texts rules may be written
// from (the judged texts 101–160 are for measuring only)
const ruleTexts = process.argv.includes('--rule-texts');
const polnear = ruleTexts ? polnearTexts('train').slice(0, 100) : polnearTexts('train').slice(100, 160);
const polnearNames = new Set(polnear.map((path) => basename(path)));
const sample = [...polnear, ...(ruleTexts ? [] : exampleArticles())];

const pipeline = buildPipeline(DEFAULT_STAGES);

type Verdict = 'right' | 'type' | 'actors' | 'none';
interface Judgement {
  file: string;
  start: number;
  trigger: string;
  type: string;
  cameo: string;
  sides: string;
  verdict: Verdict;
  note: string;
}

function readJudgements(): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  for (const line of readFileSync(JUDGED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [file, , start, trigger, type, cameo, sides, verdict, note] = line.split('\t');
    if (!['right', 'type', 'actors', 'none'].includes(verdict ?? ''))
      throw new Error(`judged.tsv: bad verdict in ${line}`);
    const j = {
      file: file ?? '',
      start: Number(start),
      trigger: trigger ?? '',
      type: type ?? '',
      cameo: cameo ?? '',
      sides: sides ?? '',
      verdict: verdict as Verdict,
      note: note ?? '',
    };
    out.set(key(j.file, j.start, j.type), j);
  }
  return out;
}

const key = (file: string, start: number, type: string) => `${file}\t${start}\t${type}`;

type RecordedEvent = NonNullable<AnalyzedArticle['events']>[number];
const side = (a: RecordedEvent['source']) => (a ? (a.codes ?? [a.code]).join('+') : '-');
const sidesOf = (e: RecordedEvent) => `${side(e.source)}>${side(e.target)}`;

/**
 * Whether a row's verdict still holds for the event now recorded at its key: "none" and "type" hold
 * whatever the actors; "right" and "actors" were judged on the sides the row names, so a change of sides
 * makes the event unjudged again (a fix of the actors must be judged anew, not assumed).
 */
function holds(j: Judgement, e: RecordedEvent): boolean {
  return j.verdict === 'none' || j.verdict === 'type' || j.sides === sidesOf(e);
}

const docs = await analyzeSample(sample, pipeline);
const judged = readJudgements();
const mode = process.argv[2] ?? 'score';
const flags = new Set(process.argv.slice(3));

const rows: { line: string; judgement: Judgement | undefined; sentence: string; polnear: boolean }[] = [];
for (const [name, doc] of docs) {
  for (const e of doc.events ?? []) {
    const j = judged.get(key(name, e.trigger.start, e.type));
    const judgement = j && holds(j, e) ? j : undefined;
    const line = [
      name,
      e.sentence,
      e.trigger.start,
      e.trigger.text,
      e.type,
      e.cameo,
      sidesOf(e),
      e.modality + (e.negated ? ',negated' : '') + (e.subordinate ? ',subordinate' : ''),
    ].join('\t');
    const span = doc.sentences?.[e.sentence];
    const sentence = span ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ') : '';
    rows.push({ line, judgement, sentence, polnear: polnearNames.has(name) });
  }
}

if (mode === 'list') {
  for (const { line, judgement, sentence } of rows) {
    if (flags.has('--unjudged') && judgement) continue;
    const shown = judgement ? `${line}\t${judgement.verdict}\t${judgement.note}` : line;
    console.log(flags.has('--sentence') ? `${shown}\n    ${sentence}` : shown);
  }
} else {
  const judgedRows = rows.filter((r) => r.judgement);
  const count = (v: Verdict, among = judgedRows) => among.filter((r) => r.judgement?.verdict === v).length;
  const ratio = (a: number, b: number) => `${(b === 0 ? 0 : a / b).toFixed(3)} (${a}/${b})`;
  const unjudged = rows.filter((r) => !r.judgement);
  const polnearRows = judgedRows.filter((r) => r.polnear);
  const exampleRows = judgedRows.filter((r) => !r.polnear);
  console.log(`events: precision ${ratio(count('right'), judgedRows.length)}`);
  console.log(
    `  PolNeAR ${ratio(count('right', polnearRows), polnearRows.length)}, examples ${ratio(count('right', exampleRows), exampleRows.length)}`,
  );
  console.log(`events: judged ${ratio(judgedRows.length, rows.length)}, unjudged ${unjudged.length}`);
  console.log(
    `wrong: type ${count('type')}, actors ${count('actors')}, no event ${count('none')}; judged rows no longer recorded ${judged.size - judgedRows.length}`,
  );
  for (const r of unjudged) console.log(`unjudged\t${r.line}`);
  if (flags.has('--errors'))
    for (const r of judgedRows)
      if (r.judgement?.verdict !== 'right')
        console.log(`${r.judgement?.verdict}\t${r.line}\t${r.judgement?.note}`);
}
