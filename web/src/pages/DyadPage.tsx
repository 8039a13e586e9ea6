import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { api } from '../api.js';
import { Chart, periodToSeconds } from '../components/Chart.js';
import { EventsTable } from '../components/EventsTable.js';
import { Status } from '../components/Status.js';
import { QUAD_COLORS } from '../plover.js';
import { navigate } from '../router.js';
import { useLoad } from '../useLoad.js';
import { IntervalSelect } from './TimelinePage.js';

export function DyadPage({ params }: { params: Record<string, string> }) {
  const a = params.a ?? '';
  const b = params.b ?? '';
  const interval = params.interval ?? 'day';
  const { data, error, loading } = useLoad(
    () => (a && b ? api.dyad({ a, b, interval }) : Promise.resolve(undefined)),
    `${a}|${b}|${interval}`,
  );
  const chart = useMemo(() => {
    if (!data || data.points.length === 0) return undefined;
    const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
    const options = {
      height: 320,
      series: [
        {},
        {
          label: 'cooperation',
          stroke: QUAD_COLORS[1],
          fill: `${QUAD_COLORS[1]}88`,
          paths: bars,
          scale: 'n',
        },
        { label: 'conflict', stroke: QUAD_COLORS[4], fill: `${QUAD_COLORS[4]}88`, paths: bars, scale: 'n' },
        { label: 'mean Goldstein', stroke: '#333', width: 2, scale: 'g', points: { show: true } },
      ],
      scales: { g: { range: [-10, 10] as [number, number] } },
      axes: [
        {},
        { scale: 'n', label: 'events' },
        { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } },
      ],
    };
    const xs = data.points.map((p) => periodToSeconds(p.period));
    return {
      options,
      data: [
        xs,
        data.points.map((p) => p.cooperation),
        data.points.map((p) => p.conflict),
        data.points.map((p) => p.meanGoldstein),
      ] as uPlot.AlignedData,
    };
  }, [data]);
  return (
    <section>
      <h1>Dyad</h1>
      <form
        class="filters"
        data-testid="dyad-form"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          navigate('/dyad', {
            a: String(f.get('a') ?? '').trim(),
            b: String(f.get('b') ?? '').trim(),
            interval: String(f.get('interval') ?? 'day'),
          });
        }}
      >
        <label>
          Actor A <input name="a" value={a} placeholder="PRK" required />
        </label>
        <label>
          Actor B <input name="b" value={b} placeholder="CHN" required />
        </label>
        <IntervalSelect value={interval} />
        <button type="submit">Compare</button>
      </form>
      {!a || !b ? (
        <p class="muted">Cooperation and conflict between two actors (country or CAMEO codes) over time.</p>
      ) : null}
      <Status loading={loading} error={error} />
      {data && !chart && (
        <p class="muted">
          No events between {a} and {b}.
        </p>
      )}
      {chart && <Chart options={chart.options} data={chart.data} testId="dyad-chart" />}
      {data && data.events.length > 0 && <EventsTable rows={data.events} />}
    </section>
  );
}
