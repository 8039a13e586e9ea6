// Scores the verb-pattern coder's PLOVER type on the NGEC synthetic stories (a development set apart from
// the PLOVER gold records): each story's lead (first LEAD sentences) goes through the whole pipeline and
// its main event is compared with the story's label. The stories are split in two halves by a hash of
// their text: rules may be written from half `a`; half `b` checks that they carry over.
// Usage: npx tsx tools/events-ngec.ts [--part a|b|all] [--lead 2] [--list missed|wrong|none] [--show TRIGGER]
//          [--data DIR]
//   prints accuracy (over stories), coverage (stories with an event), the accuracy of the events that
//   would be recorded (with an actor), the commonest confusions and, for error analysis on half `a`,
//   the verbs of stories without an event and the triggers of wrongly typed ones (--show prints the leads
//   whose main event has that trigger).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mainEvent } from '../src/eval/events.js';
import { plainArticle } from '../src/ingest/plain.js';
import { parseCsv } from '../src/knowledge/csv.js';
import { ploverBucket } from '../src/knowledge/plover-split.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { findEvents } from '../src/stages/events/index.js';
import { splitSentences } from '../src/stages/segment/sentences.js';
import { tokenize } from '../src/stages/segment/tokenize.js';
import { lemmatize } from '../src/stages/syntax/lemma.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const part = opt('part', 'a');
const lead = Number(opt('lead', '2'));
const list = opt('list', 'none');
const show = opt('show', '').toLowerCase();
if ((list !== 'none' || show) && part !== 'a') throw new Error('error lists are for half a only');
const DATA = resolve(opt('data', '/work/shared/data/events'));

const rows = parseCsv(readFileSync(join(DATA, 'ngec', 'gpt_synthetic_events_2023-10-19_19.csv'), 'utf8'));
const [textCol, labelCol] = ['text', 'label'].map((c) => rows[0].indexOf(c));
const inPart = (text: string) => part === 'all' || (ploverBucket(text) % 2 === 0 ? 'a' : 'b') === part;

const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
const count = new Map<string, number>();
const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
const missedVerbs = new Map<string, number>();
const wrongTriggers = new Map<string, number>();
let stories = 0;
let hits = 0;
let found = 0;
let recorded = 0;
let recordedHits = 0;
const t0 = performance.now();
for (const row of rows.slice(1)) {
  const full = row[textCol];
  const label = row[labelCol];
  if (!full || !label || !inPart(full)) continue;
  const sentences = splitSentences(full, tokenize(full)).slice(0, lead);
  const text = full.slice(0, sentences.at(-1)?.end ?? full.length);
  const doc = pipeline.run(plainArticle(text, { format: 'text' }));
  const events = findEvents(doc, { anchor: null, options: {} }, { keepActorless: true });
  const main = mainEvent(events);
  const withActors = mainEvent(events.filter((e) => e.source || e.target));
  stories++;
  if (main) found++;
  if (main?.type === label) hits++;
  if (withActors) {
    recorded++;
    if (withActors.type === label) recordedHits++;
  }
  bump(`${label} → ${main?.type ?? '(none)'}`);
  if (show && main?.trigger.text.toLowerCase() === show)
    console.log(`${label} ← ${main.type} ${main.cameo}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  if (!main) {
    for (const t of doc.tokens ?? [])
      if (t.pos?.startsWith('VB')) {
        const key = `${lemmatize(t.text, t.pos)} ${label}`;
        missedVerbs.set(key, (missedVerbs.get(key) ?? 0) + 1);
      }
  } else if (main.type !== label) {
    const key = `${main.trigger.text.toLowerCase()} ${main.cameo} ${main.type} ← ${label}`;
    wrongTriggers.set(key, (wrongTriggers.get(key) ?? 0) + 1);
  }
}
const seconds = (performance.now() - t0) / 1000;
const pct = (n: number, d: number) => (n / Math.max(1, d)).toFixed(3);
console.log(
  `NGEC synthetic stories, part ${part}, lead ${lead} sentence(s): ${stories} stories (${seconds.toFixed(0)} s)\n` +
    `type accuracy            ${pct(hits, stories)}\n` +
    `coverage (any event)     ${pct(found, stories)}\n` +
    `precision (event found)  ${pct(hits, found)}\n` +
    `recorded (with actor)    ${pct(recorded, stories)}   accuracy of recorded ${pct(recordedHits, recorded)}`,
);
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`)
    .join('\n');
const confusions = new Map([...count].filter(([k]) => !k.startsWith(`${k.split(' → ')[1]} →`)));
console.log(`commonest confusions (gold → found):\n${top(confusions, 25)}`);
if (list === 'missed')
  console.log(`verbs of stories without an event (lemma, gold):\n${top(missedVerbs, 150)}`);
if (list === 'wrong') console.log(`triggers of wrongly typed stories:\n${top(wrongTriggers, 150)}`);
