import { describe, expect, it } from 'vitest';
import { nounPlural, petrarchPlural, verbForms } from '../../src/knowledge/inflection.js';

describe('inflection', () => {
  it('pluralises by the PETRARCH rule: -ss → -sses, consonant + y → -ies, else -s', () => {
    expect(petrarchPlural('embassy')).toBe('embassies');
    expect(petrarchPlural('press')).toBe('presses');
    expect(petrarchPlural('envoy')).toBe('envoys');
    expect(petrarchPlural('tax')).toBe('taxs'); // the rule has no -x case
  });

  it('pluralises English nouns, keeping a word already in a single -s', () => {
    expect(nounPlural('tax')).toBe('taxes');
    expect(nounPlural('speech')).toBe('speeches');
    expect(nounPlural('treaty')).toBe('treaties');
    expect(nounPlural('talks')).toBe('talks');
    expect(nounPlural('boycott')).toBe('boycotts');
  });

  it('gives the regular verb forms, with a doubled final consonant as a variant', () => {
    expect(verbForms('accuse')).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(verbForms('veto')).toEqual(['veto', 'vetoes', 'vetoed', 'vetoing']);
    expect(verbForms('ban')).toEqual(['ban', 'bans', 'baned', 'baning', 'banned', 'banning']);
    expect(verbForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(verbForms('guarantee')).toContain('guaranteeing');
    expect(verbForms('tie')).toEqual(['tie', 'ties', 'tied', 'tying']);
    expect(verbForms('visit')).toEqual(['visit', 'visits', 'visited', 'visiting', 'visitted', 'visitting']);
  });
});
