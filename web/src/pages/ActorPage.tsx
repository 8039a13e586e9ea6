import { api } from '../api.js';
import { EventsTable } from '../components/EventsTable.js';
import { Status } from '../components/Status.js';
import { href } from '../router.js';
import { useLoad } from '../useLoad.js';

export function ActorPage({ code }: { code: string }) {
  const { data, error, loading } = useLoad(() => api.actor(code), code);
  return (
    <section>
      <h1>Actor {code}</h1>
      <Status loading={loading} error={error} />
      {data && (
        <>
          <p>
            {data.names.join(', ') || '—'} · {data.mentions} mentions in {data.articles} articles
          </p>
          <h2>Partners</h2>
          <ul>
            {data.partners.map((p) => (
              <li key={p.code}>
                <a href={href('/dyad', { a: code, b: p.code })}>{p.code}</a>{' '}
                <span class="muted">
                  {p.events} events, mean Goldstein {p.meanGoldstein.toFixed(1)}
                </span>
              </li>
            ))}
          </ul>
          <h2>As source</h2>
          <EventsTable rows={data.asSource} />
          <h2>As target</h2>
          <EventsTable rows={data.asTarget} />
        </>
      )}
    </section>
  );
}
