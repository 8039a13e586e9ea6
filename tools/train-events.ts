// Trains the PLOVER type/mode classifier (models/events-plover.json) on the NGEC synthetic stories plus the
// train part (buckets 0–69) of the PLOVER gold records. `--dev` trains on buckets 0–49 only and prints
// accuracy on buckets 50–69 (the dev part used for tuning); the held-out part (70–99) is never read here.
// Usage: npx tsx tools/train-events.ts [--dev] [--data /work/shared/data/events]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../src/knowledge/csv.js';
import { readPloverGold } from '../src/knowledge/plover-gold-events.js';
import { ploverBucket } from '../src/knowledge/plover-split.js';
import { type Example, trainPerceptron } from '../src/learn/perceptron.js';
import { classifyEvent, type EventClassifierModel } from '../src/stages/events/classifier.js';
import { eventFeatures } from '../src/stages/events/features.js';
import { splitSentences } from '../src/stages/segment/sentences.js';
import { tokenize } from '../src/stages/segment/tokenize.js';

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const dataArg = args.indexOf('--data');
const DATA = resolve(dataArg >= 0 ? args[dataArg + 1] : '/work/shared/data/events');
/** sentences taken from the start of each synthetic story (the lead reports the labelled event) */
const LEAD = Number(process.env.EVENTS_LEAD ?? 2);
const GOLD_WEIGHT = Number(process.env.EVENTS_GOLD_WEIGHT ?? 3);
const PRUNE = Number(process.env.EVENTS_PRUNE ?? 0.3);
const MIN_COUNT = Number(process.env.EVENTS_MIN_COUNT ?? 5);
const EPOCHS = Number(process.env.EVENTS_EPOCHS ?? 10);

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end).toLowerCase());

/** NGEC spelling slips in mode names, corrected to the codebook's. */
const MODE_FIX: Record<string, string> = { sieze: 'seize', primative: 'primitive' };

interface Labelled {
  words: string[];
  type: string;
  mode: string;
  gold: boolean;
}

function syntheticStories(): Labelled[] {
  const rows = parseCsv(readFileSync(join(DATA, 'ngec', 'gpt_synthetic_events_2023-10-19_19.csv'), 'utf8'));
  const header = rows[0];
  const [textCol, labelCol, modeCol] = ['text', 'label', 'mode'].map((c) => header.indexOf(c));
  const out: Labelled[] = [];
  for (const row of rows.slice(1)) {
    const text = row[textCol];
    if (!text || !row[labelCol]) continue;
    const sentences = splitSentences(text, tokenize(text)).slice(0, LEAD);
    const mode = (row[modeCol] ?? '').toLowerCase();
    for (const s of sentences) {
      out.push({
        words: words(text.slice(s.start, s.end)),
        type: row[labelCol],
        mode: MODE_FIX[mode] ?? mode,
        gold: false,
      });
    }
  }
  return out;
}

const gold = readPloverGold(join(DATA, 'plover', 'PLOVER_GSR_CAMEO.txt'));
const trainGold = gold.filter((r) => ploverBucket(r.id) < (dev ? 50 : 70));
const devGold = dev ? gold.filter((r) => ploverBucket(r.id) >= 50 && ploverBucket(r.id) < 70) : [];

const data: Labelled[] = [
  ...syntheticStories(),
  ...trainGold.map((r) => ({ words: words(r.text), type: r.type, mode: r.mode ?? '', gold: true })),
];
const weight = (e: Example & { gold?: boolean }) => (e.gold ? GOLD_WEIGHT : 1);
// features seen in fewer than MIN_COUNT examples are dropped: they are noise and bloat the model
const counts = new Map<string, number>();
for (const d of data) for (const f of eventFeatures(d.words)) counts.set(f, (counts.get(f) ?? 0) + 1);
const kept = (d: Labelled) => eventFeatures(d.words).filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);
const typeExamples = data.map((d) => ({ features: kept(d), label: d.type, gold: d.gold }));
const modeExamples = data.map((d) => ({ features: kept(d), label: `${d.type}|${d.mode}`, gold: d.gold }));

const model: EventClassifierModel = {
  version: `events-plover/1 lead=${LEAD} goldWeight=${GOLD_WEIGHT} epochs=${EPOCHS}`,
  type: trainPerceptron(typeExamples, { epochs: EPOCHS, weight, prune: PRUNE }),
  mode: trainPerceptron(modeExamples, { epochs: EPOCHS, weight, prune: PRUNE }),
};

if (dev) {
  let typeHits = 0;
  let modeHits = 0;
  let modeTotal = 0;
  for (const r of devGold) {
    const [best] = classifyEvent(words(r.text), model);
    if (best.type === r.type) typeHits++;
    if (r.mode !== null) {
      modeTotal++;
      if (best.type === r.type && best.mode === r.mode) modeHits++;
    }
  }
  console.log(
    `dev (buckets 50–69, ${devGold.length} records): type accuracy ${(typeHits / devGold.length).toFixed(3)}, ` +
      `mode accuracy ${(modeHits / Math.max(1, modeTotal)).toFixed(3)} (${modeTotal} with a mode) — ${model.version}`,
  );
}
{
  // the dev model (trained without the dev part) is kept outside the repository, for tuning only
  const out = dev
    ? '/tmp/ev/events-plover-dev.json'
    : resolve(import.meta.dirname, '..', 'models', 'events-plover.json');
  writeFileSync(out, JSON.stringify(model));
  console.log(`wrote ${out} (${data.length} examples) — ${model.version}`);
}
