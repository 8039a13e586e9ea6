// Acceptance: the committed model's F1 on CoNLL-2003 dev stays at what docs/ner.md reports
// (0.9396) within half a point, above the 0.93 target of issue 3, through the same CLI path users run.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseConll } from '../../src/eval/conll.js';
import { scoreNer } from '../../src/eval/ner-score.js';
import { tagConll } from '../../src/eval/tag-conll.js';
import { runCli } from '../support/cli.js';
import { describeShared, sharedPath } from '../support/shared.js';

const DEV = sharedPath('data', 'conll2003', 'dev.txt');

describeShared('NER on CoNLL-2003 dev', () => {
  it('keeps entity F1 at the reported level', () => {
    const { documents } = parseConll(readFileSync(DEV, 'utf8'));
    const tags = tagConll(documents);
    const sentences = documents.flatMap((d) => d.sentences);
    const scores = scoreNer(
      sentences.map((s) => s.lastColumn),
      sentences.map((s) => tags.get(s) ?? []),
    );
    expect(scores.tokens).toBe(51362);
    expect(scores.overall.f1).toBeGreaterThanOrEqual(0.935);
    for (const type of ['PER', 'LOC']) expect(scores.byType[type].f1).toBeGreaterThan(0.93);
  });

  it('`dateline tag --conll` echoes each line with the predicted tag appended', () => {
    const input =
      '-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nvisited VBD B-VP O\nBonn NNP B-NP B-LOC\n. . O O\n';
    const r = runCli(['tag', '--conll', '-'], { input });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '-DOCSTART- -X- -X- O',
      '',
      'Peter NNP B-NP B-PER B-PER',
      'visited VBD B-VP O O',
      'Bonn NNP B-NP B-LOC B-LOC',
      '. . O O O',
      '',
    ]);
  });

  it('`dateline eval ner` prints overall and per-type scores', () => {
    const r = runCli(['eval', 'ner', DEV, '--json']);
    expect(r.status).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores.overall.f1).toBeGreaterThanOrEqual(0.935);
    expect(Object.keys(scores.byType).sort()).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
  });
});
