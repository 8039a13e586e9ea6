// Lists the events the stage finds on PLOVER gold records of the train/dev buckets, next to the gold, for
// error analysis (the held-out buckets 70–99 are refused):
//   npx tsx tools/events-errors.ts PLOVER_GSR_CAMEO.txt [from-bucket] [to-bucket] > /tmp/events-errors.txt
import type { AnalyzedArticle, Event } from '../src/doc/schema.js';
import { mainEvent } from '../src/eval/events.js';
import { plainArticle } from '../src/ingest/plain.js';
import { readPloverGold } from '../src/knowledge/plover-gold-events.js';
import { PLOVER_DEV_BUCKETS, ploverBucket } from '../src/knowledge/plover-split.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { findEvents } from '../src/stages/events/index.js';

const [file, fromArg, toArg] = process.argv.slice(2);
const from = Number(fromArg ?? 0);
const to = Number(toArg ?? PLOVER_DEV_BUCKETS);
if (!file || to > PLOVER_DEV_BUCKETS)
  throw new Error('usage: FILE [from] [to ≤ 70] (held-out buckets refused)');

const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));
const countries = (doc: AnalyzedArticle, side: Event['source']): string => {
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  if (side?.inferred) return `${side.code.slice(0, 3)}(inferred)`;
  return (side?.entities ?? []).map((id) => byId.get(id)?.actor?.country ?? '?').join('+') || '-';
};

for (const record of readPloverGold(file)) {
  const bucket = ploverBucket(record.id);
  if (bucket < from || bucket >= to) continue;
  const doc = pipeline.run(plainArticle(record.text, { format: 'text' }));
  const events = findEvents(doc, { anchor: null, options: {} }, { keepActorless: true });
  const gold = (side: typeof record.source) => side.map((a) => a.country).join('+') || '-';
  const first = mainEvent(events);
  const mark = first?.type === record.type ? 'OK ' : 'ERR';
  console.log(
    `${mark} ${record.id} [${bucket}] gold ${record.type}${record.mode ? `/${record.mode}` : ''} ${gold(record.source)}>${gold(record.target)}`,
  );
  console.log(`    ${record.text.replace(/\s+/g, ' ')}`);
  for (const e of events)
    console.log(
      `    → ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.cameo} "${e.trigger.text}" ${countries(doc, e.source)}>${countries(doc, e.target)} ${e.modality}${e.negated ? ' negated' : ''}${e.subordinate ? ' SUB' : ''}${e === first ? ' *' : ''}`,
    );
}
