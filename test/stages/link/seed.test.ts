// Acceptance: the seed article's actors (DESIGN.md), with NER mentions written by hand until the NER
// stage is in the pipeline.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { type AnalyzedArticle, Layers, type MentionType } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { linkStage } from '../../../src/stages/link/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { describeShared, SEED } from '../../support/shared.js';
import { handMentions } from './mentions.js';

const NAMES: Array<[string, MentionType, string?]> = [
  ['North Korea', 'LOC', 'GPE'],
  ['Kim Jong Un', 'PER'],
  ['Kim', 'PER'],
  ['Chinese', 'MISC', 'NORP'],
  ['Pyongyang', 'LOC', 'GPE'],
  ['Reuters', 'ORG', 'MEDIA'],
  ['KCNA', 'ORG', 'MEDIA'],
  ['Li Hongzhong', 'PER'],
  ['Russian', 'MISC', 'NORP'],
  ['Russia', 'LOC', 'GPE'],
  ['China', 'LOC', 'GPE'],
  ['US', 'LOC', 'GPE'],
  ['South Korean', 'MISC', 'NORP'],
  ['South Korea', 'LOC', 'GPE'],
  ['USS Annapolis', 'MISC', 'VESSEL'],
];

describeShared('stage link on the seed article', () => {
  it('codes the actors of the DESIGN.md table', () => {
    const doc: AnalyzedArticle = { ...plainArticle(readFileSync(SEED, 'utf8'), { format: 'text' } as never) };
    const ctx = { anchor: '2023-07-29', options: {} };
    Object.assign(doc, segmentStage.run(doc, ctx));
    doc.mentions = handMentions(doc.text, NAMES);
    const { mentions, entities } = linkStage.run(doc, ctx);
    // the code of the mention of `text` in the first place `where` (a longer passage) occurs
    const codeOf = (text: string, where = text) => {
      const at = doc.text.indexOf(where) + where.indexOf(text);
      return entities.find((e) => e.id === mentions.find((m) => m.start === at && m.text === text)?.entity)
        ?.actor?.code;
    };
    expect(codeOf('Kim Jong Un')).toBe('PRKGOV');
    expect(codeOf('Kim', 'Kim Friday')).toBe('PRKGOV');
    expect(codeOf('Chinese delegation')).toBe('CHNGOV');
    expect(codeOf('Li Hongzhong')).toBe('CHNGOV');
    expect(codeOf('KCNA')).toBe('PRKMED');
    expect(codeOf("North Korea's state media")).toBe('PRKMED');
    expect(codeOf('Reuters', 'Reuters reported')).toBe('MED');
    expect(codeOf('US', 'The US and South Korean navies')).toBe('USAMIL');
    expect(codeOf('US', 'US-led efforts')).toBe('USA');
    expect(codeOf('South Korean navies')).toBe('KORMIL');
    expect(codeOf('Russia', 'Russia and China')).toBe('RUS');
    expect(codeOf('China', 'Russia and China')).toBe('CHN');
    expect(codeOf('USS Annapolis')).toBe('USAMIL');
    const two = mentions.find((m) => m.text === 'the two countries')?.entities ?? [];
    expect(two.map((id) => entities.find((e) => e.id === id)?.actor?.code).sort()).toEqual(['CHN', 'PRK']);
    // the output keeps the contract: valid layers, every mention's text its span's
    expect(Layers.pick({ entities: true, mentions: true }).safeParse({ entities, mentions }).success).toBe(
      true,
    );
    expect(mentions.every((m) => doc.text.slice(m.start, m.end) === m.text)).toBe(true);
    const kcna = mentions.find((m) => m.text === 'KCNA')?.entity;
    expect(mentions.find((m) => m.text === "North Korea's state media")?.entity).toBe(kcna);
  });
});
