import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ActorPage } from './pages/ActorPage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { ArticlesPage } from './pages/ArticlesPage.js';
import { DyadPage } from './pages/DyadPage.js';
import { EventsPage } from './pages/EventsPage.js';
import { GraphPage } from './pages/GraphPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { TimelinePage } from './pages/TimelinePage.js';
import { navigate, type Route, useRoute } from './router.js';
import './styles.css';

const NAV = [
  ['/', 'Articles'],
  ['/events', 'Events'],
  ['/timeline', 'Timeline'],
  ['/dyad', 'Dyads'],
  ['/graph', 'Actor graph'],
] as const;

function Page({ route }: { route: Route }) {
  const { path, params } = route;
  if (path.startsWith('/article/'))
    return <ArticlePage id={decodeURIComponent(path.slice(9))} hl={params.hl} />;
  if (path.startsWith('/actor/')) return <ActorPage code={decodeURIComponent(path.slice(7))} />;
  if (path === '/events') return <EventsPage params={params} />;
  if (path === '/timeline') return <TimelinePage params={params} />;
  if (path === '/dyad') return <DyadPage params={params} />;
  if (path === '/graph') return <GraphPage />;
  if (path === '/search') return <SearchPage q={params.q ?? ''} />;
  return <ArticlesPage params={params} />;
}

function App() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // "/" jumps to the search box, as on most sites.
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (e.key === '/' && !typing) {
        e.preventDefault();
        search.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <header>
        <a class="brand" href="#/">
          Dateline
        </a>
        <nav aria-label="main">
          {NAV.map(([path, label]) => (
            <a key={path} href={`#${path}`} aria-current={route.path === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <form
          aria-label="search articles"
          onSubmit={(e) => {
            e.preventDefault();
            const q = search.current?.value.trim();
            if (q) navigate('/search', { q });
          }}
        >
          <input
            ref={search}
            type="search"
            name="q"
            placeholder="Search articles (press /)"
            aria-label="search"
          />
        </form>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
