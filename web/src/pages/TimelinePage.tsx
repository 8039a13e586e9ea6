import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { api } from '../api.js';
import { Chart, periodToSeconds } from '../components/Chart.js';
import { Status } from '../components/Status.js';
import { QUAD_COLORS, QUAD_LABELS } from '../plover.js';
import { navigate } from '../router.js';
import { useLoad } from '../useLoad.js';

export function TimelinePage({ params }: { params: Record<string, string> }) {
  const interval = params.interval ?? 'day';
  const { data, error, loading } = useLoad(
    () => api.timeline({ ...params, interval }),
    JSON.stringify(params),
  );
  const chart = useMemo(() => {
    if (!data || data.points.length === 0) return undefined;
    const xs = data.points.map((p) => periodToSeconds(p.period));
    const series: uPlot.Series[] = [{}];
    const columns: number[][] = [];
    for (const q of [1, 2, 3, 4]) {
      series.push({ label: QUAD_LABELS[q], stroke: QUAD_COLORS[q], width: 2, points: { show: true } });
      columns.push(data.points.map((p) => p.quads[q - 1]));
    }
    const options = { height: 320, series, axes: [{}, { label: 'events' }] };
    return { options, data: [xs, ...columns] as uPlot.AlignedData };
  }, [data]);
  return (
    <section>
      <h1>Timeline</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          navigate('/timeline', {
            actor: String(f.get('actor') ?? ''),
            interval: String(f.get('interval') ?? 'day'),
          });
        }}
      >
        <label>
          Actor <input name="actor" value={params.actor ?? ''} placeholder="any" />
        </label>
        <IntervalSelect value={interval} />
        <button type="submit">Show</button>
      </form>
      <Status loading={loading} error={error} />
      {data && !chart && <p class="muted">No dated events.</p>}
      {chart && <Chart options={chart.options} data={chart.data} testId="timeline-chart" />}
    </section>
  );
}

export function IntervalSelect({ value }: { value: string }) {
  return (
    <label>
      Per{' '}
      <select name="interval" value={value}>
        <option value="day">day</option>
        <option value="week">week</option>
        <option value="month">month</option>
      </select>
    </label>
  );
}
