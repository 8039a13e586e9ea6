import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeActor } from '../../src/knowledge/actor-coder.js';
import { knowledgeBase } from '../../src/knowledge/knowledge-base.js';

const kb = knowledgeBase();
const table = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const said = (text: string) => `${text} said on Monday that the talks would go on.`;

describe('country of names written without it', () => {
  it('codes the demonyms of every state as it, before a sector noun or alone in the plural', () => {
    const wrong: string[] = [];
    for (const [iso3, ...forms] of table('demonyms.tsv')) {
      for (const form of forms) {
        // "Swedes", "Frenchmen" stand alone; "Swedish" needs a noun
        const text = /(s|men)$/.test(form) ? form : `${form} officials`;
        const coded = codeActor(text, kb, { context: said(text) });
        if (coded?.country !== iso3) wrong.push(`${text}: ${coded?.country ?? '∅'} (not ${iso3})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('codes national bodies named without their country as that country', () => {
    const wrong = table('national-bodies.tsv')
      .map(([iso3, name]) => ({ iso3, name, coded: codeActor(name, kb, { context: said(name) }) }))
      .filter(({ iso3, coded }) => coded?.country !== iso3)
      .map(({ iso3, name, coded }) => `${name}: ${coded?.country || '∅'} (not ${iso3})`);
    expect(wrong).toEqual([]);
  });

  it('codes the capital of every state, as the one who speaks, as its government', () => {
    const wrong = table('capitals.tsv')
      .map(([iso3, name]) => ({ iso3, name, coded: codeActor(name, kb, { context: said(name) }) }))
      .filter(({ iso3, coded }) => coded?.code !== `${iso3}GOV`)
      .map(({ iso3, name, coded }) => `${name}: ${coded?.code || '∅'} (not ${iso3}GOV)`);
    expect(wrong).toEqual([]);
  });
});
