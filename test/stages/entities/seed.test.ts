import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline, stagesUpTo } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';
import { describeShared, SEED } from '../../support/shared.js';

describeShared('entities on the seed article', () => {
  const doc = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'entities')).run(
    plainArticle(readFileSync(SEED, 'utf8'), { format: 'text' }),
  );
  const found = new Set((doc.mentions ?? []).map((m) => `${m.type}:${m.text}`));
  const texts = (doc.mentions ?? []).map((m) => m.text);

  it('finds the people, every time they are named', () => {
    for (const name of ['Kim Jong Un', 'Li Hongzhong']) expect(found).toContain(`PER:${name}`);
    for (const m of doc.mentions ?? []) if (m.text === 'Kim Jong Un') expect(m.type).toBe('PER');
    expect(texts).not.toContain('Kim Jong'); // "Un" is not the UN
  });

  it('finds the organisations, the news agencies among them', () => {
    for (const name of ['Reuters', 'KCNA', 'Korean Central News Agency'])
      expect(found).toContain(`ORG:${name}`);
    for (const m of doc.mentions ?? [])
      if (['Reuters', 'KCNA'].includes(m.text)) expect(m.subtype).toBe('MEDIA');
    expect(found).toContain('ORG:Chinese Communist Party');
    expect([...found].some((m) => m.startsWith('ORG:') && m.includes('Politburo'))).toBe(true);
  });

  it('finds the places', () => {
    for (const name of ['North Korea', 'China', 'Pyongyang', 'Russia', 'South Korea', 'Jeju', 'US']) {
      expect(found).toContain(`LOC:${name}`);
    }
  });

  it('finds the wars, diseases and vessels', () => {
    expect(found).toContain('MISC:Korean War');
    expect(found).toContain('MISC:COVID-19');
    const vessel = doc.mentions?.find((m) => m.text === 'USS Annapolis');
    expect(vessel?.subtype).toBe('VESSEL');
  });

  it('gives spans that match the text', () => {
    for (const m of doc.mentions ?? []) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(texts).not.toContain("North Korea's");
  });
});
