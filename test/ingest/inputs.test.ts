import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readAll, readOne, tempFiles } from './helpers.js';

const STORY =
  'Bridge reopens\n\nBy Lia Conti\n\nThe bridge reopened to traffic on Tuesday after a year of repairs.\n';
const PAGE =
  '<html><head><meta property="article:published_time" content="2024-04-02T09:00:00Z"></head><body><article><p>The city council approved the new budget on Tuesday after a long debate about transport spending.</p></article></body></html>';

describe('inputs', () => {
  it('walks directories recursively, in name order, recognising articles by extension and by content', async () => {
    const dir = tempFiles({ 'b.txt': STORY, 'a.html': PAGE, 'notes.md': '# not an article', README: STORY });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.txt'), STORY.replace('Bridge', 'Tunnel'));
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const results = await readAll([dir]);
    expect(results.map((r) => r.input.slice(dir.length + 1))).toEqual([
      'a.html',
      'b.txt',
      'README',
      join('sub', 'c.txt'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('keeps source.path as the input was given and sniffs each format', async () => {
    const dir = tempFiles({ story: STORY, 'page.txt': PAGE });
    const story = await readOne(join(dir, 'story'));
    expect(story.source).toEqual({ path: join(dir, 'story'), format: 'text' });
    const page = await readOne(join(dir, 'page.txt'));
    expect(page.source.format).toBe('html');
    expect(page.published).toMatchObject({ value: '2024-04-02T09:00:00Z', how: 'metadata' });
  });

  it('--format plain takes the whole input as body; --published overrides the date', async () => {
    const dir = tempFiles({ 's.txt': STORY });
    const plain = await readOne(join(dir, 's.txt'), { format: 'plain', published: '2024-01-01' });
    expect(plain.text).toBe(STORY);
    expect(plain.title).toBeNull();
    expect(plain.published).toEqual({ value: '2024-01-01', how: 'given' });
  });

  it('hashes the source bytes: the same file gives the same id', async () => {
    const dir = tempFiles({ 'a.txt': STORY, 'b.txt': STORY, 'c.txt': `${STORY} ` });
    const [a, b, c] = await readAll(['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n)));
    expect(a.ok && b.ok && a.article.id === b.article.id).toBe(true);
    expect(a.ok && c.ok && a.article.id !== c.article.id).toBe(true);
  });

  it('reads stdin given as "-"', () => {
    const r = runCli(['analyze', '-', '--json', '--no-tokens'], { input: STORY });
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.source.path).toBe('-');
    expect(article.title).toBe('Bridge reopens');
  });

  it('rejects an unknown --format and a --published that is not a date', () => {
    expect(runCli(['analyze', '-', '--format', 'pdf'], { input: STORY }).stderr).toContain(
      "argument 'pdf' is invalid. Allowed choices are auto, html, text",
    );
    expect(runCli(['analyze', '-', '--published', 'soon'], { input: STORY }).stderr).toContain(
      'not a date: "soon"',
    );
  });
});
