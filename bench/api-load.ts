// The load side of bench/api.ts, run as its own process: concurrent clients cycle through event
// queries and the latency of every request is recorded; prints percentiles per query kind and over
// all requests.
// Usage: npx tsx bench/api-load.ts BASE_URL REQUESTS CONCURRENCY
const [base, requestsArg = '2000', concurrencyArg = '8'] = process.argv.slice(2);
const DEEP = '/api/events?actor=USA&type=CONSULT&limit=50';

/** The cursor of page 5 of DEEP (what the web UI's pager asks for after four clicks on Next). */
async function deepCursor(): Promise<string> {
  let cursor = '';
  for (let page = 1; page < 5; page++) {
    const response = await fetch(`${base}${DEEP}${cursor && `&cursor=${cursor}`}`);
    const next = ((await response.json()) as { nextCursor?: string | null }).nextCursor;
    if (!next) throw new Error(`${DEEP}: no page ${page + 1} (nextCursor ${next})`);
    cursor = next;
  }
  return cursor;
}

const QUERIES = [
  '/api/events?limit=50',
  '/api/events?actor=USA&limit=50',
  '/api/events?target=RUS&limit=50',
  '/api/events?type=ACCUSE&limit=50',
  '/api/events?actor=USA&from=2022-06-01&to=2022-12-31&limit=50',
  '/api/events?q=Clinton&limit=50',
  '/api/events?actor=USA&type=CONSULT&offset=200&limit=50',
  `${DEEP}&cursor=${await deepCursor()}`,
];
/** How a query is printed (cursors are long). */
const label = (query: string) => query.replace(/cursor=[^&]+/, 'cursor=(page 5)');

const latencies = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
let next = 0;
const total = Number(requestsArg);

async function client(): Promise<void> {
  while (next < total) {
    const query = QUERIES[next++ % QUERIES.length];
    const t0 = performance.now();
    const response = await fetch(`${base}${query}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${query}: HTTP ${response.status}`);
    latencies.get(query)?.push(performance.now() - t0);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(concurrencyArg) }, client));
const seconds = (performance.now() - t0) / 1000;
console.log(
  `${total} requests, ${concurrencyArg} concurrent clients, ${(total / seconds).toFixed(0)} requests/s`,
);
console.log('query'.padEnd(62), 'p50 ms', ' p95 ms', ' p99 ms');
const all: number[] = [];
for (const [query, list] of latencies) {
  list.sort((a, b) => a - b);
  all.push(...list);
  console.log(
    label(query).padEnd(62),
    ...[0.5, 0.95, 0.99].map((p) => percentile(list, p).toFixed(1).padStart(6)),
  );
}
all.sort((a, b) => a - b);
console.log('all'.padEnd(62), ...[0.5, 0.95, 0.99].map((p) => percentile(all, p).toFixed(1).padStart(6)));
