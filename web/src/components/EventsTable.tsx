import type { EventRow } from '../../../src/server/api-types.js';
import { QUAD_LABELS } from '../plover.js';
import { href } from '../router.js';

export function EventsTable({ rows }: { rows: EventRow[] }) {
  if (rows.length === 0) return <p class="muted">No events match.</p>;
  return (
    <table class="events" data-testid="events-table">
      <thead>
        <tr>
          <th>Date</th>
          <th>Source</th>
          <th>Event</th>
          <th>Target</th>
          <th>CAMEO</th>
          <th>Goldstein</th>
          <th>Where</th>
          <th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={`${e.articleId}-${e.index}`} class={`quad-${e.quad}`}>
            <td>{e.date ?? '—'}</td>
            <td>{e.source ? <a href={href(`/actor/${e.source}`)}>{e.source}</a> : '—'}</td>
            <td>
              <span class={`pill quad-${e.quad}`} title={QUAD_LABELS[e.quad]}>
                {e.type}
              </span>
              {e.mode && <span class="muted"> {e.mode}</span>}
              {(e.negated || e.modality !== 'asserted') && (
                <div class="muted small">
                  {e.modality}
                  {e.negated ? ', negated' : ''}
                </div>
              )}
            </td>
            <td>{e.target ? <a href={href(`/actor/${e.target}`)}>{e.target}</a> : '—'}</td>
            <td>{e.cameo}</td>
            <td class="num">{e.goldstein}</td>
            <td>{e.location ?? '—'}</td>
            <td>
              <a href={href(`/article/${e.articleId}`, { hl: `${e.trigger.start}-${e.trigger.end}` })}>
                “{e.trigger.text}”
              </a>
              <div class="muted small">{e.articleTitle ?? ''}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
