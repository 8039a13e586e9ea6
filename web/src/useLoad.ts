import { useLayoutEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes and tracks its result. A layout effect starts the request as soon
 * as the page is rendered instead of after the first paint (Preact defers `useEffect` to the next frame).
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: true });
  useLayoutEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: Error) => live && setState({ data: undefined, error: error.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
