import type { AnalyzedArticle } from '../../doc/schema.js';
import { actorLines, dateLines, eventLines, sourceLines } from './sections.js';

/** A human-readable account of one analyzed article: its metadata, counts per layer and its reading. */
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
  for (const [heading, items] of [
    ['actors', actorLines(doc)],
    ['dates', dateLines(doc)],
    ['sources', sourceLines(doc)],
    ['events', eventLines(doc)],
  ] as const) {
    if (items.length) lines.push('', `  ${heading}:`, ...items.map((item) => `    ${item}`));
  }
  return lines.join('\n');
}
