// Item 8 of issue 2: every kind of bad input gives a one-line error naming the input and the reason,
// and the rest of the batch goes on.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readAll, tempFiles } from './helpers.js';

const GOOD =
  'Ferry service resumes\n\nBy Lia Conti\n\nThe ferry between the islands resumed on Monday after repairs.\n';
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

function fixture() {
  const dir = tempFiles({
    'good.txt': GOOD,
    'photo.png': PNG,
    'empty.txt': '',
    'big.txt': `${GOOD}${'x'.repeat(3000)}\n`,
    'latin.txt': Buffer.concat([
      Buffer.from('Ein Bericht über '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' die Lage'),
    ]),
    'broken.html': '<<<>>> <!-- never closed',
    'broken.rss': '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>',
    'mixed.jsonl': `{"text":"Talks opened on Monday.","title":"One"}\n{"text": broken\n{"html":"<p>Talks closed on Friday.</p>","title":"Three"}\n`,
  });
  mkdirSync(join(dir, 'nothing-here'));
  return dir;
}

const EXPECTED: Record<string, RegExp> = {
  'missing.txt': /^no such file or directory$/,
  'nothing-here': /^directory contains no articles/,
  'photo.png': /^binary file \(PNG image\), not an article$/,
  'empty.txt': /^empty file$/,
  'big.txt': /^too large \(3(\.\d)? KB, over the 2 KB limit; raise it with --max-size\)$/,
  'latin.txt': /^invalid UTF-8 \(byte 0xC3 at offset 18\)$/,
  'broken.html': /^HTML without readable text/,
  'broken.rss': /^malformed XML feed \(line 1, column \d+: Expected closing tag 'item'/,
  'mixed.jsonl:2': /^invalid JSON/,
};
const NAMES = Object.keys(EXPECTED).map((k) => k.replace(/:\d+$/, ''));

describe('bad input through readInputs', () => {
  it('reports each bad input with its reason and still reads the good ones, in order', async () => {
    const dir = fixture();
    const inputs = ['good.txt', ...new Set(NAMES)].map((n) => join(dir, n));
    const results = await readAll(inputs, { maxBytes: 2048 });
    const errors = Object.fromEntries(
      results.flatMap((r) => (r.ok ? [] : [[r.input.slice(dir.length + 1), r.error]])),
    );
    for (const [name, reason] of Object.entries(EXPECTED)) expect(errors[name], name).toMatch(reason);
    const good = results.flatMap((r) => (r.ok ? [r.article.title] : []));
    expect(good).toEqual(['Ferry service resumes', 'One', 'Three']);
    expect(results[0].input).toBe(join(dir, 'good.txt'));
    for (const r of results) if (!r.ok) expect(r.error).not.toContain('\n');
  });
});

describe('bad input through dateline analyze', () => {
  it('prints good articles, one line per failure, and exits 2', () => {
    const dir = fixture();
    const inputs = ['good.txt', ...new Set(NAMES)].map((n) => join(dir, n));
    const r = runCli(['analyze', ...inputs, '--json', '--max-size', '2KB']);
    expect(r.status).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((a) => a.title)).toEqual(['Ferry service resumes', 'One', 'Three']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(EXPECTED).length);
    expect(lines).toContain(`dateline: ${join(dir, 'photo.png')}: binary file (PNG image), not an article`);
  });

  it('exits 0 when everything was read', () => {
    const dir = tempFiles({ 'good.txt': GOOD });
    expect(runCli(['analyze', join(dir, 'good.txt'), '--json']).status).toBe(0);
  });
});
