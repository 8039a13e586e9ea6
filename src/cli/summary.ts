import type { AnalyzedArticle } from '../doc/schema.js';

/** A short human-readable account of one analyzed article. */
export function summarize(doc: AnalyzedArticle): string {
  const lines = [
    `${doc.source.path ?? doc.source.url ?? doc.id}`,
    `  title      ${doc.title ?? '—'}`,
    `  byline     ${doc.byline.join('; ') || '—'}`,
    `  published  ${doc.published.value ?? 'unknown'}${doc.published.how ? ` (${doc.published.how})` : ''}`,
    `  text       ${doc.text.length} chars, ${doc.sentences?.length ?? 0} sentences, ${doc.tokens?.length ?? 0} tokens`,
  ];
  if (doc.captions.length) lines.push(`  captions   ${doc.captions.length}`);
  for (const [label, count] of [
    ['mentions', doc.mentions?.length],
    ['entities', doc.entities?.length],
    ['timexes', doc.timexes?.length],
    ['quotes', doc.attributions?.length],
    ['events', doc.events?.length],
  ] as const) {
    if (count !== undefined) lines.push(`  ${label.padEnd(10)} ${count}`);
  }
  return lines.join('\n');
}
