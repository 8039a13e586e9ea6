import { describe, expect, it } from 'vitest';
import { lemmatize } from '../../../src/stages/syntax/lemma.js';

const cases: Array<[string, string, string]> = [
  // irregular verbs (lexicon/lemma-verbs.txt)
  ['said', 'VBD', 'say'],
  ['held', 'VBD', 'hold'],
  ['led', 'VBN', 'lead'],
  ['is', 'VBZ', 'be'],
  ["'s", 'VBZ', 'be'],
  ['are', 'VBP', 'be'],
  ['has', 'VBZ', 'have'],
  ['Went', 'VBD', 'go'],
  // silent e restored
  ['opposed', 'VBN', 'oppose'],
  ['imposed', 'VBN', 'impose'],
  ['declared', 'VBD', 'declare'],
  ['stated', 'VBD', 'state'],
  ['welcomed', 'VBD', 'welcome'],
  ['pledged', 'VBD', 'pledge'],
  ['seized', 'VBD', 'seize'],
  ['continued', 'VBD', 'continue'],
  ['agreed', 'VBD', 'agree'],
  ['imposing', 'VBG', 'impose'],
  // no e where none belongs
  ['visited', 'VBD', 'visit'],
  ['threatened', 'VBD', 'threaten'],
  ['condemned', 'VBD', 'condemn'],
  ['joined', 'VBD', 'join'],
  ['reviewed', 'VBD', 'review'],
  ['belonged', 'VBD', 'belong'],
  ['meeting', 'VBG', 'meet'],
  // consonant doubling undone, but not where the base has it
  ['stopped', 'VBD', 'stop'],
  ['planning', 'VBG', 'plan'],
  ['occurred', 'VBD', 'occur'],
  ['controlled', 'VBD', 'control'],
  ['called', 'VBD', 'call'],
  ['added', 'VBD', 'add'],
  // -s, -es, -ies
  ['says', 'VBZ', 'say'],
  ['watches', 'VBZ', 'watch'],
  ['denies', 'VBZ', 'deny'],
  ['tried', 'VBD', 'try'],
  ['died', 'VBD', 'die'],
  // nouns
  ['navies', 'NNS', 'navy'],
  ['sanctions', 'NNS', 'sanction'],
  ['taxes', 'NNS', 'tax'],
  ['women', 'NNS', 'woman'],
  ['people', 'NNS', 'person'],
  ['crises', 'NNS', 'crisis'],
  ['exercises', 'NNS', 'exercise'],
  ['Koreas', 'NNPS', 'korea'],
  // clitics and other tags
  ['wo', 'MD', 'will'],
  ['ca', 'MD', 'can'],
  ["n't", 'RB', 'not'],
  ['n’t', 'RB', 'not'],
  ['Chinese', 'JJ', 'chinese'],
  ['meet', 'VB', 'meet'],
];

describe('lemmatize', () => {
  it.each(cases)('%s/%s → %s', (word, pos, lemma) => {
    expect(lemmatize(word, pos)).toBe(lemma);
  });

  it('leaves a base-form verb alone even when it looks inflected', () => {
    expect(lemmatize('found', 'VB')).toBe('found');
    expect(lemmatize('found', 'VBD')).toBe('find');
  });
});
