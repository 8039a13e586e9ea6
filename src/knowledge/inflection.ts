// Regular English inflection for the readers and tools that expand dictionaries (the inverse, a lemma
// from an inflected form, is src/stages/syntax/lemma.ts). Words are lower case.

/**
 * The regular plural of the PETRARCH dictionaries (dictionaries.rst): -ss takes -es, a consonant + y
 * becomes -ies, anything else takes -s. Their synsets and agents are expanded by this rule alone.
 */
export function petrarchPlural(word: string): string {
  if (/ss$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The plural of an English noun; a word already ending in a single -s is kept ("talks", "news"). */
export function nounPlural(noun: string): string {
  if (/[^s]s$/.test(noun)) return noun;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The base form and regular -s, -ed and -ing forms of a verb (over-generated variants are harmless in a lookup). */
export function verbForms(base: string): string[] {
  const forms = new Set([base]);
  if (/(s|x|z|ch|sh|o)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (/(ee|ye|oe)$/.test(base)) {
    // "agree" → "agreeing", "dye" → "dyeing": the e stays
    forms.add(`${base}d`);
    forms.add(`${base}ing`);
  } else if (base.endsWith('ie')) {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -2)}ying`);
  } else if (base.endsWith('e')) {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
    // consonant-vowel-consonant endings double the consonant ("ban" → "banned")
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
      const last = base.at(-1);
      forms.add(`${base}${last}ed`);
      forms.add(`${base}${last}ing`);
    }
  }
  return [...forms];
}
