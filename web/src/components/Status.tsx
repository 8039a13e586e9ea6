export function Status({ loading, error }: { loading: boolean; error?: string }) {
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (loading) return <p class="muted">Loading…</p>;
  return null;
}
