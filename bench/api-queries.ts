// Each event query shape of the API bench, alone and in process (no HTTP, no load): what the store
// itself costs per query. Median and fastest of repeated runs on a warm store.
// Usage: npx tsx bench/api-queries.ts [--db /tmp/dateline-bench-api.db | postgres://…] [--repeat 15]
// (the store is built by bench/api.ts)
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eventKey } from '../src/store/event-pages.js';
import { openStore } from '../src/store/open.js';
import type { EventQuery } from '../src/store/store.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/dateline-bench-api.db' },
    repeat: { type: 'string', default: '15' },
  },
});
// a postgres:// URL is taken as it is
if (!values.db.includes('://') && !existsSync(values.db))
  throw new Error(`${values.db} is missing: bench/api.ts builds it`);
const store = await openStore(values.db);
const at200 = (await store.queryEvents({ actor: 'USA', type: 'CONSULT', offset: 199, limit: 1 })).items[0];
const key = eventKey(at200);
const SHAPES: [string, EventQuery][] = [
  ['limit=50', {}],
  ['actor=USA', { actor: 'USA' }],
  ['target=RUS', { target: 'RUS' }],
  ['type=ACCUSE', { type: 'ACCUSE' }],
  ['actor=USA&from=2022-06-01&to=2022-12-31', { actor: 'USA', from: '2022-06-01', to: '2022-12-31' }],
  ['q=Clinton', { q: 'Clinton' }],
  ['q=Clinton&actor=RUS', { q: 'Clinton', actor: 'RUS' }],
  ['q=Kerry', { q: 'Kerry' }],
  ['actor=USA&type=CONSULT&offset=200', { actor: 'USA', type: 'CONSULT', offset: 200 }],
  ['actor=USA&type=CONSULT after the 200th', { actor: 'USA', type: 'CONSULT', after: key }],
  ['actor=USA&type=CONSULT before the 200th', { actor: 'USA', type: 'CONSULT', before: key }],
  ['offset=30000', { offset: 30000 }],
];
console.log('query'.padEnd(44), 'median ms', 'fastest ms', ' total');
for (const [name, query] of SHAPES) {
  const times: number[] = [];
  let page = await store.queryEvents({ ...query, limit: 50 });
  for (let run = 0; run < Number(values.repeat); run++) {
    const t0 = performance.now();
    page = await store.queryEvents({ ...query, limit: 50 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const total = `${page.total}${page.totalIsLowerBound ? '+' : ''}`;
  console.log(
    name.padEnd(44),
    times[times.length >> 1].toFixed(2).padStart(9),
    times[0].toFixed(2).padStart(10),
    total.padStart(6),
  );
}
await store.close();
