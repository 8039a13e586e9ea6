// Events as a plain-text table for the terminal.
import { type ExportedEvent, sideActors } from './exported.js';

const HEADER = ['date', 'type', 'cameo', 'source', 'target', 'trigger', 'modality', 'conf'];

export function eventsToTable(events: readonly ExportedEvent[]): string {
  const rows = events.map((e) => {
    const ev = e.event;
    const names = (side: typeof ev.source) =>
      sideActors(e, side)
        .map((a) => (a.name ? `${a.code} (${a.name})` : a.code))
        .join(' + ');
    return [
      (e.date ?? '').slice(0, 10),
      ev.mode ? `${ev.type}/${ev.mode}` : ev.type,
      ev.cameo,
      names(ev.source) || '-',
      names(ev.target) || '-',
      `${ev.negated ? 'not ' : ''}${ev.trigger.text}`,
      ev.modality,
      ev.confidence.toFixed(2),
    ];
  });
  const widths = HEADER.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.slice(0, widths[i]).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return `${[line(HEADER), ...rows.map(line)].join('\n')}\n`;
}
