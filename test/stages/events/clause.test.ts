import { describe, expect, it } from 'vitest';
import { isSubordinate } from '../../../src/stages/events/clause.js';
import { codeSentence } from '../../../src/stages/events/code-sentence.js';

/** Tokens and Penn tags of a "word/TAG word/TAG …" string. */
function tagged(s: string): [string[], string[]] {
  const pairs = s.split(' ').map((p) => p.split('/'));
  return [pairs.map(([w]) => w), pairs.map(([, t]) => t)];
}

const subordinateOf = (s: string, verb: string): boolean => {
  const [words, pos] = tagged(s);
  const at = words.indexOf(verb);
  return isSubordinate(
    words.map((w) => w.toLowerCase()),
    pos,
    at,
    at,
    null,
  );
};

describe('main and subordinate clauses', () => {
  it('reads a gerund after "of" as the complement of the word before it, not a main event', () => {
    const s = 'Ada/NNP accused/VBD Boro/NNP of/IN ordering/VBG an/DT attack/NN';
    expect(subordinateOf(s, 'accused')).toBe(false);
    expect(subordinateOf(s, 'ordering')).toBe(true);
    expect(
      subordinateOf('The/DT army/NN is/VBZ capable/JJ of/IN striking/VBG the/DT port/NN', 'striking'),
    ).toBe(true);
  });

  it('sees adverbial and relative clauses', () => {
    const s =
      'Chile/NNP closed/VBD the/DT border/NN after/IN rebels/NNS attacked/VBD a/DT post/NN which/WDT guards/VBZ it/PRP';
    expect(subordinateOf(s, 'closed')).toBe(false);
    expect(subordinateOf(s, 'attacked')).toBe(true);
    expect(subordinateOf(s, 'guards')).toBe(true);
  });
  it('keeps the auxiliaries of a verb in its clause', () => {
    expect(subordinateOf('Aid/NN stopped/VBD when/WRB trucks/NNS were/VBD hit/VBN', 'hit')).toBe(true);
    expect(subordinateOf('Trucks/NNS were/VBD hit/VBN near/IN Gao/NNP', 'hit')).toBe(false);
  });
  it('reads a that-clause after a verb or a day as reported content, after a noun as a relative clause', () => {
    expect(subordinateOf('Peru/NNP said/VBD Monday/NNP that/IN troops/NNS attacked/VBD', 'attacked')).toBe(
      false,
    );
    expect(subordinateOf('Peru/NNP has/VBZ a/DT plan/NN that/WDT bans/VBZ rallies/NNS', 'bans')).toBe(true);
  });
  it('sees reduced relatives and participial adjuncts only beside a main verb', () => {
    expect(subordinateOf('Mali/NNP lifted/VBD the/DT curfew/NN imposed/VBN in/IN May/NNP', 'imposed')).toBe(
      true,
    );
    expect(subordinateOf('Red/NNP Cross/NNP officials/NNS suspended/VBN aid/NN', 'suspended')).toBe(false);
    expect(subordinateOf('Police/NNS fired/VBD ,/, killing/VBG two/CD', 'killing')).toBe(true);
  });
  it('marks purpose infinitives when coding a sentence', () => {
    const [words, pos] = tagged('Farmers/NNS blocked/VBD roads/NNS to/TO protest/VB taxes/NNS');
    expect(codeSentence(words, pos).map((e) => [e.type, e.subordinate])).toEqual([
      ['PROTEST', false],
      ['PROTEST', true],
    ]);
  });
  it('gives a verb coordinated by "and" the clause of the verb before', () => {
    const [words, pos] = tagged(
      'Mali/NNP took/VBD steps/NNS to/TO release/VB prisoners/NNS and/CC expand/VB freedoms/NNS',
    );
    expect(codeSentence(words, pos).map((e) => e.subordinate)).toEqual([true, true]);
  });
});
