import { api } from '../api.js';
import { offsetPaging, Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../useLoad.js';

const LIMIT = 25;

export function ArticlesPage({ params }: { params: Record<string, string> }) {
  const offset = Number(params.offset ?? 0);
  const { data, error, loading } = useLoad(
    () => api.articles({ ...params, limit: LIMIT, offset }),
    JSON.stringify(params),
  );
  return (
    <section>
      <h1>Articles</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          navigate(
            '/',
            Object.fromEntries(['q', 'publisher', 'from', 'to'].map((k) => [k, String(f.get(k) ?? '')])),
          );
        }}
      >
        <label>
          Text <input name="q" value={params.q ?? ''} />
        </label>
        <label>
          Publisher <input name="publisher" value={params.publisher ?? ''} />
        </label>
        <label>
          From <input name="from" type="date" value={params.from ?? ''} />
        </label>
        <label>
          To <input name="to" type="date" value={params.to ?? ''} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Status loading={loading} error={error} />
      {data && (
        <>
          <table class="articles" data-testid="articles-table">
            <thead>
              <tr>
                <th>Published</th>
                <th>Title</th>
                <th>Publisher</th>
                <th class="num">Mentions</th>
                <th class="num">Quotes</th>
                <th class="num">Events</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>{a.published ?? '—'}</td>
                  <td>
                    <a href={href(`/article/${a.id}`)}>{a.title ?? a.path ?? a.id}</a>
                  </td>
                  <td>{a.publisher ?? '—'}</td>
                  <td class="num">{a.counts.mentions}</td>
                  <td class="num">{a.counts.attributions}</td>
                  <td class="num">{a.counts.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data} {...offsetPaging(data, (o) => navigate('/', { ...params, offset: o }))} />
        </>
      )}
    </section>
  );
}
