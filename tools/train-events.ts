// Trains the PLOVER type/mode classifier (models/events-plover-{type,mode}.bin) on the NGEC synthetic stories plus the
// train part (buckets 0–69) of the PLOVER gold records. `--dev` trains on buckets 0–49 only and prints
// accuracy on buckets 50–69 (the dev part used for tuning); the held-out part (70–99) is never read here.
// Usage: npx tsx tools/train-events.ts [--dev] [--data /work/shared/data/events]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../src/knowledge/csv.js';
import { readPloverGold } from '../src/knowledge/plover-gold-events.js';
import { ploverBucket } from '../src/knowledge/plover-split.js';
import {
  AveragedPerceptron,
  encodeLinearModel,
  FeatureVector,
  type LinearModel,
  seededRandom,
  shuffleInPlace,
} from '../src/ml/index.js';
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
/** averaged weights below this are dropped from the saved model (a size knob) */
const MIN_WEIGHT = Number(process.env.EVENTS_MIN_WEIGHT ?? 0.05);
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
/** Trains one averaged perceptron over the examples' hashed features (gold records count GOLD_WEIGHT times). */
function train(label: (d: Labelled) => string): LinearModel {
  const labels = [...new Set(data.map(label))].sort();
  const index = new Map(labels.map((l, k) => [l, k]));
  const perceptron = new AveragedPerceptron(labels);
  const features = data.map((d) => eventFeatures(d.words, new FeatureVector()));
  const order = data.map((_, k) => k);
  const random = seededRandom(1);
  const scores = new Float64Array(labels.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      perceptron.tick();
      perceptron.score(features[k], scores);
      let guess = 0;
      for (let l = 1; l < labels.length; l++) if (scores[l] > scores[guess]) guess = l;
      const truth = index.get(label(data[k])) ?? 0;
      for (let n = 0; n < (data[k].gold ? GOLD_WEIGHT : 1); n++) perceptron.update(truth, guess, features[k]);
    }
  }
  return perceptron.freeze(MIN_WEIGHT);
}

const model: EventClassifierModel = { type: train((d) => d.type), mode: train((d) => `${d.type}|${d.mode}`) };
const version = `events-plover/3 lead=${LEAD} goldWeight=${GOLD_WEIGHT} epochs=${EPOCHS}`;

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
      `mode accuracy ${(modeHits / Math.max(1, modeTotal)).toFixed(3)} (${modeTotal} with a mode) — ${version}`,
  );
}
{
  // the dev models (trained without the dev part) are kept outside the repository, for tuning only
  const prefix = dev
    ? '/tmp/ev/events-plover-dev'
    : resolve(import.meta.dirname, '..', 'models', 'events-plover');
  const meta = {
    version,
    trainedOn: dev
      ? 'NGEC synthetic + PLOVER gold buckets 0-49'
      : 'NGEC synthetic + PLOVER gold buckets 0-69',
  };
  writeFileSync(`${prefix}-type.bin`, encodeLinearModel(model.type, meta));
  writeFileSync(`${prefix}-mode.bin`, encodeLinearModel(model.mode, meta));
  console.log(`wrote ${prefix}-{type,mode}.bin (${data.length} examples) — ${version}`);
}
