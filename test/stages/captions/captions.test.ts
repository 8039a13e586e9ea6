import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { textArticle } from '../../../src/ingest/text/index.js';
import { buildPipeline, stagesUpTo } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';
import { describeShared, SEED } from '../../support/shared.js';

const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'captions'));

function withCaptions(body: string, captions: string[]): Article {
  return {
    ...plainArticle(body, { format: 'text' }),
    captions: captions.map((text) => ({ text })),
    published: { value: '2024-03-01', how: 'given' },
  };
}

describe('stage captions', () => {
  it('finds the names of each caption, with offsets into that caption', () => {
    const doc = pipeline.run(
      withCaptions('The minister spoke on Monday.', [
        'Vladimir Putin speaks in Moscow.',
        'Protesters gather outside the Kremlin in Moscow.',
      ]),
    );
    const found = (doc.captionMentions ?? []).map((m) => [m.caption, m.type, m.text]);
    expect(found).toContainEqual([0, 'PER', 'Vladimir Putin']);
    expect(found).toContainEqual([0, 'LOC', 'Moscow']);
    expect(found).toContainEqual([1, 'LOC', 'Moscow']);
    for (const m of doc.captionMentions ?? [])
      expect(doc.captions[m.caption].text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.mentions?.some((m) => m.text === 'Vladimir Putin')).toBe(false);
  });

  it('codes caption names as actors and ties them to the body entity they name', () => {
    const doc = pipeline.run(
      withCaptions('Vladimir Putin met Chinese officials in Beijing.', [
        'Vladimir Putin arrives in Beijing.',
      ]),
    );
    const putin = doc.captionMentions?.find((m) => m.text === 'Vladimir Putin');
    expect(putin?.actor?.code).toBe('RUSGOV');
    const body = doc.entities?.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.entity).toBe(body?.id);
  });

  it('ties a surname in a caption to the body entity of the same canonical name', () => {
    const doc = pipeline.run(
      withCaptions('Vladimir Putin met Chinese officials in Beijing.', [
        'Putin, left, and Xi Jinping shake hands.',
      ]),
    );
    const putin = doc.captionMentions?.find((m) => m.text === 'Putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(putin?.entity).toBe(doc.entities?.find((e) => e.name === 'Vladimir Putin')?.id);
    expect(doc.captionMentions?.find((m) => m.text === 'Xi Jinping')?.entity).toBeUndefined();
  });

  it('gives an article without captions no caption mentions', () => {
    expect(pipeline.run(withCaptions('Kim Jong Un met officials.', [])).captionMentions).toEqual([]);
  });
});

describeShared('stage captions on the seed article', () => {
  it('finds the Korean Central News Agency, named only in the caption, as the body’s KCNA', () => {
    const doc = pipeline.run(textArticle(readFileSync(SEED, 'utf8'), { format: 'text' }, 'seed'));
    const agency = doc.captionMentions?.find((m) => m.text === 'Korean Central News Agency');
    expect(agency).toMatchObject({ type: 'ORG', subtype: 'MEDIA', actor: { code: 'PRKMED' } });
    const kcna = doc.mentions?.find((m) => m.text === 'KCNA');
    expect(agency?.entity).toBe(kcna?.entity);
    expect(doc.captionMentions?.find((m) => m.text === 'Chinese Communist Party')?.type).toBe('ORG');
  });
});
