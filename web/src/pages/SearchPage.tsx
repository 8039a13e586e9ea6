import { api } from '../api.js';
import { Status } from '../components/Status.js';
import { href } from '../router.js';
import { useLoad } from '../useLoad.js';

export function SearchPage({ q }: { q: string }) {
  const { data, error, loading } = useLoad(() => api.search(q), q);
  return (
    <section>
      <h1>Search: “{q}”</h1>
      <Status loading={loading} error={error} />
      {data && data.items.length === 0 && <p class="muted">Nothing found.</p>}
      <ol class="hits" data-testid="search-hits">
        {data?.items.map((hit) => (
          <li key={hit.id}>
            <a href={href(`/article/${hit.id}`)}>{hit.title ?? hit.id}</a>{' '}
            <span class="muted">{hit.published ?? ''}</span>
            <p class="snippet">{hit.snippet}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
