// Short news-like texts generated for batch tests (ingest, crash safety, queue), each unique.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['Geneva', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Accra', 'Quito', 'Tbilisi'];
const ACTS = ['met', 'talked', 'signed a memorandum', 'held a joint briefing', 'discussed trade'];

/** The n-th generated article: a title line, then `sentences` sentences; `serial{n}` makes it unique. */
export function generatedArticle(n: number, sentences = 12): string {
  const place = PLACES[n % PLACES.length];
  const body = Array.from({ length: sentences }, (_, i) => {
    const act = ACTS[(n + i) % ACTS.length];
    return `Officials from ${PLACES[(n + i + 1) % PLACES.length]} ${act} in ${place} on day ${i + 1} of round serial${n}.`;
  });
  return `Round ${n} of talks in ${place}\n\n${body.join(' ')}\n`;
}

/** Writes `count` generated articles as text files in `dir` and returns their paths. */
export function writeArticles(dir: string, count: number, sentences = 12): string[] {
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `article-${String(n).padStart(4, '0')}.txt`);
    writeFileSync(path, generatedArticle(n, sentences));
    return path;
  });
}
