/** "12.3 MB", "512 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** "12.3 MB, over the 10 MB limit" — in bytes when the rounded sizes would look equal. */
export function formatExcess(size: number, limit: number): string {
  const [a, b] =
    formatSize(size) === formatSize(limit)
      ? [`${size} bytes`, `${limit}-byte`]
      : [formatSize(size), formatSize(limit)];
  return `${a}, over the ${b} limit`;
}
