// Every `dateline eval` refuses an input with nothing to score (named, exit 1) instead of printing zeros.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../support/cli.js';

describe('dateline eval with nothing to score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-eval-empty-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const empty = join(dir, 'empty.conll');
  writeFileSync(empty, '\n');
  // a PolNeAR-like directory whose annotation file names no text
  const polnear = join(dir, 'polnear');
  mkdirSync(join(polnear, 'text'), { recursive: true });
  mkdirSync(join(polnear, 'attributions'));
  writeFileSync(join(polnear, 'text', 'talks.txt'), 'The minister said the talks were over.\n');
  writeFileSync(join(polnear, 'attributions', 'other_ann1.ann'), '');

  it.each([
    [['extract', dir], `${dir}: no pages to score`],
    [['ner', empty], `${empty}: no sentences to score`],
    [['syntax', empty], `${empty}: no sentences to score`],
    [['timex', dir], `${dir}: no TimeML files to score`],
    [['attribution', polnear], `${polnear}: no texts to score`],
  ])('eval %j', (args, message) => {
    const r = runCli(['eval', ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('eval attribution names a directory without attributions/ or text/, and one that does not exist', () => {
    const layout = 'expected DIR/text/NAME.txt with DIR/attributions/NAME_ANNOTATOR.ann';
    const textOnly = join(dir, 'text-only');
    mkdirSync(join(textOnly, 'text'), { recursive: true });
    const annotationsOnly = join(dir, 'annotations-only');
    mkdirSync(join(annotationsOnly, 'attributions'), { recursive: true });
    const missing = join(dir, 'missing');
    for (const [input, message] of [
      [textOnly, `${textOnly}: no attributions/ directory (${layout})`],
      [annotationsOnly, `${annotationsOnly}: no text/ directory (${layout})`],
      [missing, `${missing}: no such directory (${layout})`],
    ]) {
      const r = runCli(['eval', 'attribution', input]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toContain('ENOENT');
    }
  });
});
