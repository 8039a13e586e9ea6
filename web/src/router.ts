// A tiny hash router: `#/events?actor=PRK` → { path: '/events', params: { actor: 'PRK' } }.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string;
  params: Record<string, string>;
}

function parse(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: Object.fromEntries(new URLSearchParams(query)) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(path: string, params: Record<string, string | number | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, params?: Record<string, string | number | undefined>): void {
  location.hash = href(path, params);
}
