/** Previous/next buttons for one page of an API list; a missing handler disables its button. */
export function Pager({
  page: { total, offset, items, totalIsLowerBound },
  onPrevious,
  onNext,
}: {
  page: { total: number; offset: number; items: unknown[]; totalIsLowerBound?: boolean };
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  // a lower-bound total ("1000+") says at least that many match
  const of = `${total}${totalIsLowerBound ? '+' : ''}`;
  if (!onPrevious && !onNext) return <p class="muted">{of} in all</p>;
  return (
    <nav class="pager" aria-label="pages">
      <button type="button" disabled={!onPrevious} onClick={onPrevious}>
        ← Previous
      </button>
      <span>
        {items.length ? `${offset + 1}–${offset + items.length}` : 'none'} of {of}
      </span>
      <button type="button" disabled={!onNext} onClick={onNext}>
        Next →
      </button>
    </nav>
  );
}

/** Pager handlers for an offset-paged list. */
export function offsetPaging(
  page: { total: number; limit: number; offset: number },
  go: (offset: number) => void,
): { onPrevious?: () => void; onNext?: () => void } {
  const { total, limit, offset } = page;
  return {
    onPrevious: offset > 0 ? () => go(Math.max(0, offset - limit)) : undefined,
    onNext: offset + limit < total ? () => go(offset + limit) : undefined,
  };
}
