// Links taken from articles are followed only when they are plain http(s) URLs;
// anything else (javascript:, data:, …) is shown as inert text.
export function SafeLink({ url }: { url: string | null | undefined }) {
  if (!url) return null;
  const safe = /^https?:\/\//i.test(url);
  return safe ? (
    <a href={url} rel="noopener noreferrer nofollow" target="_blank">
      {url}
    </a>
  ) : (
    <span class="inert-url">{url}</span>
  );
}
