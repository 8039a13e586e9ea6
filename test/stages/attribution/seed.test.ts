// The seed article's attributions (DESIGN.md): KCNA's quote, KCNA's report relayed by Reuters,
// the South's navy, and the allies' framing.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { Attribution } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline, stagesUpTo } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';
import { describeShared, SEED } from '../../support/shared.js';

describeShared('attribution on the seed article', () => {
  let found: Attribution[] = [];
  const byCueAndSource = (cue: string, source: string): Attribution | undefined =>
    found.find((a) => a.cue?.text === cue && a.source?.text.includes(source));

  beforeAll(() => {
    const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'attribution'));
    found = pipeline.run(plainArticle(readFileSync(SEED, 'utf8'), { format: 'text' })).attributions ?? [];
  });

  it('attributes the "Reaffirmed at the talk …" quote to KCNA, directly', () => {
    const a = found.find((x) => x.content.text.includes('Reaffirmed at the talk'));
    expect(a?.kind).toBe('direct');
    expect(a?.source?.text).toBe('KCNA');
    expect(a?.content.text).toMatch(/new high stage,"$/);
  });

  it("attributes the first sentence to North Korea's state media, relayed by Reuters", () => {
    const kcna = byCueAndSource('said', 'state media');
    const reuters = byCueAndSource('reported', 'Reuters');
    expect(kcna?.content.text).toMatch(
      /^Kim Jong Un, the leader of North Korea, held a meeting .* Korean War$/,
    );
    expect(reuters?.content.text).toMatch(/^North Korea's state media Saturday said Kim Jong Un/);
    expect(kcna?.via).toBe(found.indexOf(reuters as Attribution));
    expect(reuters?.via).toBeUndefined();
  });

  it("attributes the exercise's purpose to the South's navy", () => {
    const a = byCueAndSource('said', "the South's navy");
    expect(a?.content.text).toMatch(/^The exercise, involving .* evolving missile threats$/);
  });

  it('attributes the framing "North Korean provocations" to the allies', () => {
    const a = found.find((x) => x.cue?.text === 'call');
    expect(a?.source?.text).toBe('they');
    expect(a?.source?.antecedent?.text).toBe('the allies');
    expect(a?.content.text).toBe('North Korean provocations');
  });
});
