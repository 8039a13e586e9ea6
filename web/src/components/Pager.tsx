/** Previous/next buttons for one page of an API list. */
export function Pager({
  page: { total, limit, offset },
  onOffset,
}: {
  page: { total: number; limit: number; offset: number };
  onOffset: (offset: number) => void;
}) {
  if (total <= limit) return <p class="muted">{total} in all</p>;
  return (
    <nav class="pager" aria-label="pages">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span>
        {offset + 1}–{Math.min(total, offset + limit)} of {total}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}
