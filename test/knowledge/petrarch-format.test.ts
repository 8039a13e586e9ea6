import { describe, expect, it } from 'vitest';
import { codeAt } from '../../src/knowledge/actor-code.js';
import {
  dictionaryDate,
  parseActorDictionary,
  parseAgentDictionary,
} from '../../src/knowledge/petrarch-format.js';
import { ploverBucket, ploverPart } from '../../src/knowledge/plover-split.js';

describe('PETRARCH dictionary formats', () => {
  it('reads actor records with synonyms and dated codes', () => {
    const text =
      'JANE_ROE_  # note\n+J._ROE_\n\t[ABCELI 600101-991231]\n\t[ABCGOV >20000101]\nOTHER_PLACE_ [XYZ]\n';
    const { records } = parseActorDictionary(text);
    expect(records[0].phrases).toEqual(['JANE ROE', 'J. ROE']);
    expect(records[0].codes).toEqual([
      { code: 'ABCELI', from: '1960-01-01', to: '1999-12-31' },
      { code: 'ABCGOV', from: '2000-01-01', to: '' },
    ]);
    expect(records[1]).toEqual({ phrases: ['OTHER PLACE'], codes: [{ code: 'XYZ', from: '', to: '' }] });
    expect(codeAt(records[0].codes, '1985-05-05')).toBe('ABCELI');
    expect(codeAt(records[0].codes, '2010-05-05')).toBe('ABCGOV');
    expect(codeAt(records[0].codes, null)).toBe('ABCGOV');
  });

  it('picks, of two periods holding a day, the narrower, and of two open ones the one begun later', () => {
    const codes = [
      { code: 'OLDABC', from: '1991-10-16', to: '' },
      { code: 'ABCUNR', from: '1991-10-16', to: '1991-12-21' },
      { code: 'ABC', from: '1991-12-21', to: '' },
    ];
    expect(codeAt(codes, '2000-01-01')).toBe('ABC');
    expect(codeAt(codes, '1991-11-01')).toBe('ABCUNR');
    expect(codeAt(codes, null)).toBe('ABC');
  });

  it('reads two-digit years up to 30 as 20xx', () => {
    expect(dictionaryDate('030409')).toBe('2003-04-09');
    expect(dictionaryDate('570920')).toBe('1957-09-20');
  });

  it('expands agent plurals and substitution sets', () => {
    const agents = parseAgentDictionary('!P! = MAN, MEN\nNAVY [~MIL]\nPOLICE {} [~COP]\nCHAIR!P! [~GOV]\n');
    expect(agents.map((a) => a.phrase)).toEqual(['NAVY', 'NAVIES', 'POLICE', 'CHAIRMAN', 'CHAIRMEN']);
  });

  it("reads a set's bare name ending a phrase as the stem of its items, but not a word a set holds", () => {
    const text = '!MIN! = MINER, MINERS, MINERY\n!P! = MAN, PERSON\nCOAL_MIN [~LAB]\nHOLY_P [~REL]\n';
    expect(parseAgentDictionary(text).map((a) => a.phrase)).toEqual([
      'COAL MINER',
      'COAL MINERS',
      'COAL MINERY',
      'HOLY P',
      'HOLY PS',
    ]);
  });
});

describe('PLOVER split', () => {
  it('puts a record in a fixed bucket and part', () => {
    expect(ploverBucket('PLOVER-GSR01-AGREE-0001')).toBe(ploverBucket('PLOVER-GSR01-AGREE-0001'));
    for (const id of ['a', 'b', 'PLOVER-GSR01-FIGHT-0001']) {
      expect(ploverPart(id)).toBe(ploverBucket(id) < 70 ? 'dev' : 'heldout');
    }
  });
});
