import { api } from '../api.js';
import { EventsTable } from '../components/EventsTable.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { PLOVER_TYPES } from '../plover.js';
import { navigate } from '../router.js';
import { useLoad } from '../useLoad.js';

const FIELDS = ['actor', 'target', 'type', 'from', 'to', 'q'] as const;
const LIMIT = 50;

export function EventsPage({ params }: { params: Record<string, string> }) {
  // pages by cursor (as fast deep in the list as at its start); an offset in the address still works
  const { data, error, loading } = useLoad(
    () => api.events({ ...params, limit: LIMIT }),
    JSON.stringify(params),
  );
  const filters = Object.fromEntries(FIELDS.map((f) => [f, params[f]]));
  const page = (cursor: string | null) =>
    cursor ? () => navigate('/events', { ...filters, cursor }) : undefined;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    navigate('/events', Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '').trim()])));
  };
  return (
    <section>
      <h1>Events</h1>
      <form class="filters" onSubmit={onSubmit} data-testid="event-filters">
        <label>
          Actor <input name="actor" placeholder="PRK, CHNGOV…" value={params.actor ?? ''} />
        </label>
        <label>
          Target <input name="target" placeholder="USA…" value={params.target ?? ''} />
        </label>
        <label>
          Type{' '}
          <select name="type" value={params.type ?? ''}>
            <option value="">any</option>
            {PLOVER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input name="from" type="date" value={params.from ?? ''} />
        </label>
        <label>
          To <input name="to" type="date" value={params.to ?? ''} />
        </label>
        <label>
          Text <input name="q" value={params.q ?? ''} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Status loading={loading} error={error} />
      {data && (
        <>
          <EventsTable rows={data.items} />
          <Pager page={data} onPrevious={page(data.previousCursor)} onNext={page(data.nextCursor)} />
        </>
      )}
    </section>
  );
}
