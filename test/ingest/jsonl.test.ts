import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAll, tempFiles } from './helpers.js';

const LINES = [
  {
    text: 'The talks ended on Friday.',
    url: 'https://example.org/1',
    title: 'Talks end',
    published: '2024-03-01',
    byline: 'Lia Conti',
  },
  {
    html: '<p>PARIS (DWS) — Ministers met on Monday.</p>',
    title: 'Ministers meet',
    byline: ['A. B', 'C. D'],
    publisher: 'Example',
  },
];

describe('JSON Lines', () => {
  it('reads one article per line with its fields', async () => {
    const dir = tempFiles({ 'a.jsonl': LINES.map((l) => JSON.stringify(l)).join('\n') });
    const [first, second] = await readAll([join(dir, 'a.jsonl')]);
    if (!first.ok || !second.ok) throw new Error('expected articles');
    expect(first.article).toMatchObject({
      title: 'Talks end',
      text: 'The talks ended on Friday.',
      byline: ['Lia Conti'],
      published: { value: '2024-03-01', how: 'metadata', source: 'jsonl:published' },
      source: { format: 'jsonl', item: 0, url: 'https://example.org/1' },
    });
    expect(second.article).toMatchObject({
      text: 'Ministers met on Monday.',
      byline: ['A. B', 'C. D'],
      publisher: 'Example',
    });
    expect(second.article.dateline?.place).toBe('PARIS');
  });

  it('names file:line for broken lines and keeps the good ones', async () => {
    const body = [
      JSON.stringify(LINES[0]),
      '{"text": "unterminated',
      JSON.stringify({ title: 'no body' }),
      JSON.stringify({ text: 'Fine.', published: 'next week' }),
      '',
      JSON.stringify(LINES[1]),
    ].join('\n');
    const dir = tempFiles({ 'mixed.ndjson': body });
    const path = join(dir, 'mixed.ndjson');
    const results = await readAll([path]);
    expect(results.map((r) => (r.ok ? 'ok' : r.input.slice(dir.length + 1)))).toEqual([
      'ok',
      'mixed.ndjson:2',
      'mixed.ndjson:3',
      'mixed.ndjson:4',
      'ok',
    ]);
    const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(errors[0]).toMatch(/^invalid JSON/);
    expect(errors[1]).toBe('invalid record: a record needs "text" or "html"');
    expect(errors[2]).toBe('jsonl:published is not a date: "next week"');
  });

  it('reads a pretty-printed JSON array of records', async () => {
    const dir = tempFiles({ 'a.json': JSON.stringify(LINES, null, 2) });
    const results = await readAll([join(dir, 'a.json')]);
    expect(results.map((r) => r.ok && r.article.title)).toEqual(['Talks end', 'Ministers meet']);
  });

  it('streams a file over the size limit line by line, refusing only the long lines', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(500) });
    const dir = tempFiles({
      'a.jsonl': [JSON.stringify(LINES[0]), long, JSON.stringify(LINES[0])].join('\n'),
    });
    const results = await readAll([join(dir, 'a.jsonl')], { maxBytes: 400 });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(!results[1].ok && results[1].error).toMatch(
      /^record too large \(\d+ bytes, over the 400 bytes limit\)$/,
    );
  });
});
