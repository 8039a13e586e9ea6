import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeActor } from '../../src/knowledge/actor-coder.js';
import { knowledgeBase } from '../../src/knowledge/knowledge-base.js';

const kb = knowledgeBase();
const rows = readFileSync(new URL('demonyms.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t'));

describe('demonyms of every state', () => {
  it('codes each as its state, before a sector noun or alone in the plural', () => {
    const wrong: string[] = [];
    for (const [iso3, ...forms] of rows) {
      for (const form of forms) {
        // "Swedes", "Frenchmen" stand alone; "Swedish" needs a noun
        const text = /(s|men)$/.test(form) ? form : `${form} officials`;
        const coded = codeActor(text, kb, { context: `${text} said on Monday that the talks would go on.` });
        if (coded?.country !== iso3) wrong.push(`${text}: ${coded?.country ?? '∅'} (not ${iso3})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
