// Aggregations behind the dyad, timeline, graph and actor views, computed from event rows.
import type { DyadPoint, EventRow, GraphData, Interval, TimelinePoint } from './api-types.js';

/** The period a date falls in: the day, its ISO week ("2023-W30") or its month ("2023-07"). */
export function periodOf(date: string, interval: Interval): string {
  if (interval === 'month') return date.slice(0, 7);
  if (interval === 'day' || date.length < 10) return date.slice(0, 10);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether an actor code matches a query code: "PRK" matches PRKGOV and PRKMIL; "PRKGOV" itself. */
export function codeMatches(code: string | null, query: string): boolean {
  return code?.startsWith(query) === true;
}

function byPeriod<T>(
  rows: readonly EventRow[],
  interval: Interval,
  fold: (acc: T | undefined, e: EventRow) => T,
) {
  const buckets = new Map<string, T>();
  for (const e of rows) {
    if (!e.date) continue;
    const key = periodOf(e.date, interval);
    buckets.set(key, fold(buckets.get(key), e));
  }
  return [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

export function dyadPoints(rows: readonly EventRow[], interval: Interval): DyadPoint[] {
  type Acc = { events: number; goldstein: number; cooperation: number; conflict: number };
  return byPeriod<Acc>(
    rows,
    interval,
    (acc = { events: 0, goldstein: 0, cooperation: 0, conflict: 0 }, e) => ({
      events: acc.events + 1,
      goldstein: acc.goldstein + e.goldstein,
      cooperation: acc.cooperation + (e.quad <= 2 ? 1 : 0),
      conflict: acc.conflict + (e.quad >= 3 ? 1 : 0),
    }),
  ).map(([period, a]) => ({
    period,
    events: a.events,
    meanGoldstein: round(a.goldstein / a.events),
    cooperation: a.cooperation,
    conflict: a.conflict,
  }));
}

export function timelinePoints(rows: readonly EventRow[], interval: Interval): TimelinePoint[] {
  type Acc = { quads: [number, number, number, number]; goldstein: number; events: number };
  return byPeriod<Acc>(rows, interval, (acc = { quads: [0, 0, 0, 0], goldstein: 0, events: 0 }, e) => {
    const quads = [...acc.quads] as Acc['quads'];
    quads[e.quad - 1] += 1;
    return { quads, goldstein: acc.goldstein + e.goldstein, events: acc.events + 1 };
  }).map(([period, a]) => ({ period, quads: a.quads, meanGoldstein: round(a.goldstein / a.events) }));
}

/**
 * Country-level graph, the `limit` busiest countries kept. `countryOf` gives a code's country (or IGO,
 * NGO…), empty for codes that name none (MED, GOV: a sector alone), whose events stay out of the graph.
 * Every coded pair counts: "Russia and China opposed the US sanctions" is an edge RUS→USA and an edge
 * CHN→USA, one event each; a country counts each event it is on an edge of once.
 */
export function actorGraph(
  rows: readonly EventRow[],
  limit: number,
  countryOf: (code: string) => string,
): GraphData {
  const edges = new Map<
    string,
    { source: string; target: string; events: number; goldstein: number; quads: number[] }
  >();
  const nodes = new Map<string, number>();
  const countries = (codes: readonly string[]) => new Set(codes.map(countryOf).filter(Boolean));
  for (const e of rows) {
    const involved = new Set<string>();
    const targets = countries(e.targetCodes);
    for (const source of countries(e.sourceCodes)) {
      for (const target of targets) {
        if (source === target) continue;
        involved.add(source).add(target);
        const key = `${source}>${target}`;
        const edge = edges.get(key) ?? { source, target, events: 0, goldstein: 0, quads: [0, 0, 0, 0] };
        edge.events += 1;
        edge.goldstein += e.goldstein;
        edge.quads[e.quad - 1] += 1;
        edges.set(key, edge);
      }
    }
    for (const country of involved) nodes.set(country, (nodes.get(country) ?? 0) + 1);
  }
  const kept = new Set(
    [...nodes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([code]) => code),
  );
  return {
    nodes: [...kept].map((code) => ({ code, events: nodes.get(code) ?? 0 })),
    edges: [...edges.values()]
      .filter((e) => kept.has(e.source) && kept.has(e.target))
      .map((e) => ({
        source: e.source,
        target: e.target,
        events: e.events,
        quad: 1 + e.quads.indexOf(Math.max(...e.quads)),
        meanGoldstein: round(e.goldstein / e.events),
      })),
  };
}

/** The actors `code` has events with, busiest first. */
export function partners(code: string, rows: readonly EventRow[]) {
  const acc = new Map<string, { events: number; goldstein: number }>();
  const has = (codes: readonly string[]) => codes.some((c) => codeMatches(c, code));
  for (const e of rows) {
    // every actor of the other side, coordinated ones too ("Russia and China" → both), once per event
    const others = has(e.sourceCodes) ? e.targetCodes : has(e.targetCodes) ? e.sourceCodes : [];
    for (const other of new Set(others)) {
      if (codeMatches(other, code)) continue;
      const a = acc.get(other) ?? { events: 0, goldstein: 0 };
      a.events += 1;
      a.goldstein += e.goldstein;
      acc.set(other, a);
    }
  }
  return [...acc.entries()]
    .map(([other, a]) => ({ code: other, events: a.events, meanGoldstein: round(a.goldstein / a.events) }))
    .sort((x, y) => y.events - x.events);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
