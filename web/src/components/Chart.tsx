// A uPlot chart in a Preact component, rebuilt when its data change.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function Chart({
  options,
  data,
  testId,
}: {
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const width = Math.max(320, host.current.clientWidth || 800);
    const plot = new uPlot({ ...options, width } as uPlot.Options, data, host.current);
    return () => plot.destroy();
  }, [data, options]);
  return <div ref={host} class="chart" data-testid={testId} />;
}

/** Period labels ("2023-07-29", "2023-W30", "2023-07") → unix seconds for uPlot's time axis. */
export function periodToSeconds(period: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return (monday + (Number(week[2]) - 1) * 7 * 86_400_000) / 1000;
  }
  const [y, m = '01', d = '01'] = period.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 1000;
}
