import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline, stagesUpTo } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';

const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'entities'));
const mentions = (text: string) =>
  (pipeline.run(plainArticle(text, { format: 'text' })).mentions ?? []).map(
    (m) => `${m.type}${m.subtype ? `/${m.subtype}` : ''}:${m.text}`,
  );

describe('entities stage on hand-written sentences', () => {
  it('finds people, places and organisations with their spans', () => {
    const text =
      'Angela Merkel met Emmanuel Macron in Paris on Tuesday to discuss the European Union budget.';
    const doc = pipeline.run(plainArticle(text, { format: 'text' }));
    expect(doc.mentions?.map((m) => [m.type, m.text, text.slice(m.start, m.end)])).toEqual([
      ['PER', 'Angela Merkel', 'Angela Merkel'],
      ['PER', 'Emmanuel Macron', 'Emmanuel Macron'],
      ['LOC', 'Paris', 'Paris'],
      ['ORG', 'European Union', 'European Union'],
    ]);
  });

  it('tags names at the start of a sentence', () => {
    expect(mentions('Reuters reported that Li Hongzhong had left Beijing.')).toEqual([
      'ORG/MEDIA:Reuters',
      'PER:Li Hongzhong',
      'LOC/GPE:Beijing',
    ]);
    expect(mentions('Siemens said on Monday it would cut 2,000 jobs in Germany.')).toEqual([
      'ORG:Siemens',
      'LOC/GPE:Germany',
    ]);
  });

  it('leaves possessive endings out and keeps "U.S." whole', () => {
    expect(mentions("North Korea's leader Kim Jong Un's sister warned the U.S. on Sunday.")).toEqual([
      'LOC/GPE:North Korea',
      'PER:Kim Jong Un',
      'LOC/GPE:U.S.',
    ]);
  });

  it('reads all-caps headlines', () => {
    expect(mentions('NORTH KOREA FIRES MISSILE AS JAPAN PROTESTS')).toEqual([
      'LOC/GPE:NORTH KOREA',
      'LOC/GPE:JAPAN',
    ]);
  });

  it('keeps hyphenated names whole', () => {
    expect(
      mentions('Jean-Claude Juncker told the European Commission that Rolls-Royce would stay in Britain.'),
    ).toEqual(['PER:Jean-Claude Juncker', 'ORG:European Commission', 'ORG:Rolls-Royce', 'LOC/GPE:Britain']);
  });

  it('gives subtypes: nationalities, vessels, news agencies', () => {
    expect(mentions('The Chinese and Russian delegations arrived in Pyongyang.')).toEqual([
      'MISC/NORP:Chinese',
      'MISC/NORP:Russian',
      'LOC/GPE:Pyongyang',
    ]);
    expect(mentions('Officials in Washington said the USS Annapolis had docked at Busan.')).toEqual([
      'LOC/GPE:Washington',
      'MISC/VESSEL:USS Annapolis',
      'LOC/GPE:Busan',
    ]);
    expect(
      mentions('Kim Jong Un spoke with President Xi Jinping, the official Xinhua news agency said.'),
    ).toEqual(['PER:Kim Jong Un', 'PER:Xi Jinping', 'ORG/MEDIA:Xinhua']);
  });

  it('finds nothing in text without names', () => {
    expect(mentions('the talks ended without an agreement, officials said on Friday.')).toEqual([]);
  });
});
