type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Applies `fn` to the items of `source` with up to `window` calls in flight and yields the results
 * in input order (a failed call rethrows at its turn). Reading `source` stays at most `window` ahead.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const inFlight: Promise<Settled<R>>[] = [];
  const settle = (item: T): Promise<Settled<R>> =>
    fn(item).then(
      (value) => ({ ok: true, value }),
      (error) => ({ ok: false, error }),
    );
  const next = async (settled: Settled<R>): Promise<R> => {
    if (!settled.ok) throw settled.error;
    return settled.value;
  };
  for await (const item of source) {
    inFlight.push(settle(item));
    if (inFlight.length >= Math.max(1, window)) yield next(await (inFlight.shift() as Promise<Settled<R>>));
  }
  while (inFlight.length) yield next(await (inFlight.shift() as Promise<Settled<R>>));
}
