// Lemmas of verbs and nouns from their POS tag: "said"/VBD → "say", "opposed"/VBN → "oppose",
// "navies"/NNS → "navy". Forms listed in lexicon/lemma-*.txt win; otherwise suffix rules undo
// English inflection (-s, -es, -ies, -ed, -ing), undoubling final consonants ("stopped" → "stop")
// and restoring a silent e where the spelling calls for one ("imposed" → "impose").
// Lemmas are lower case. Other tags return the lower-cased word.
import { readListResource } from '../../resources.js';

type FormTable = Map<string, string>;

function loadForms(file: string): FormTable {
  const table: FormTable = new Map();
  for (const line of readListResource('lexicon', file)) {
    const [lemma, ...forms] = line.split(/\s+/);
    for (const form of forms) table.set(form, lemma);
  }
  return table;
}

let tables: { verbs: FormTable; nouns: FormTable; clitics: FormTable } | undefined;
function forms() {
  tables ??= {
    verbs: loadForms('lemma-verbs.txt'),
    nouns: loadForms('lemma-nouns.txt'),
    clitics: loadForms('lemma-clitics.txt'),
  };
  return tables;
}

export function lemmatize(word: string, pos: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const { verbs, nouns, clitics } = forms();
  if (pos.startsWith('VB')) {
    if (pos === 'VB') return w;
    const listed = verbs.get(w);
    if (listed !== undefined) return listed;
    return pos === 'VBP' ? w : verbLemma(w);
  }
  if (pos === 'NNS' || pos === 'NNPS') return nouns.get(w) ?? nounLemma(w);
  return clitics.get(w) ?? w;
}

const VOWELS = 'aeiou';
const isVowel = (s: string, i: number) =>
  i >= 0 && VOWELS.includes(s[i]) && !(s[i] === 'u' && s[i - 1] === 'q');
const isConsonant = (s: string, i: number) => i >= 0 && !isVowel(s, i);

function verbLemma(w: string): string {
  if (w.endsWith('s') && !w.endsWith('ss')) {
    if (w.endsWith('ies')) return w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    if (/(sses|xes|ches|shes|zzes|oes)$/.test(w)) return w.slice(0, -2);
    return w.slice(0, -1);
  }
  if (w.endsWith('ed') && w.length > 3) {
    if (w.endsWith('ied')) return w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    if (w.endsWith('eed') || w.endsWith('ued')) return w.slice(0, -1);
    if (w.endsWith('yed') || w.endsWith('oed')) return w.slice(0, -2);
    return stemToLemma(w.slice(0, -2));
  }
  if (w.endsWith('ing') && w.length > 4) return stemToLemma(w.slice(0, -3));
  return w;
}

/** The lemma for what remains after -ed or -ing: undouble, or restore a silent e. */
function stemToLemma(stem: string): string {
  const n = stem.length;
  const last = stem[n - 1];
  if (n >= 3 && last === stem[n - 2] && isVowel(stem, n - 3)) {
    if ('bdgkmnprtz'.includes(last)) return stem.slice(0, -1); // stopped, planning, occurred
    // -ll: "controlled" → control, "cancelled" → cancel, but "called", "spelled", "filled" keep it.
    if (last === 'l' && n > 5 && /(el|ol)l$/.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  return needsSilentE(stem) ? `${stem}e` : stem;
}

function needsSilentE(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  const last = s[n - 1];
  // Spellings that cannot end an English verb without an e: -v, -u, -z, -c, -s (not -ss).
  if ('vuzc'.includes(last)) return !(last === 'z' && s[n - 2] === 'z');
  if (last === 's') return s[n - 2] !== 's';
  if (last === 'g') return s[n - 2] !== 'n' || /((ch|r)ang|eng|ung)$/.test(s);
  if (last === 'h') return s[n - 2] === 't';
  if (last === 'l' && isConsonant(s, n - 2)) return 'bcdfgkptz'.includes(s[n - 2]); // enabled, settled
  // Otherwise an e follows only a single vowel after a consonant: "voted", "declared", "combined".
  if (!isVowel(s, n - 2) || isVowel(s, n - 3) || n < 3) return n === 2 && isVowel(s, 0);
  const vowel = s[n - 2];
  switch (last) {
    case 'r':
      return vowel === 'a' || vowel === 'i' || vowel === 'u'; // declared, required, secured
    case 't':
      if (vowel === 'a' || vowel === 'u' || vowel === 'o') return true; // stated, computed, voted
      return vowel === 'e' && /[lp]et$/.test(s); // completed, competed (not targeted)
    case 'd':
      return vowel !== 'e'; // traded, decided, exploded, concluded
    case 'n':
      return vowel === 'i'; // combined, determined (not opened, questioned)
    case 'm':
      return vowel !== 'e'; // named, timed, welcomed, assumed
    case 'p':
      return vowel === 'a' || vowel === 'i' || (vowel === 'o' && n <= 4); // shaped, wiped, hoped
    case 'l':
      return vowel === 'u' || vowel === 'i' || vowel === 'o' || (vowel === 'a' && n <= 4); // ruled, filed
    case 'k':
    case 'b':
    case 'f':
      return true; // invoked, described, chafed
    default:
      return false;
  }
}

function nounLemma(w: string): string {
  if (w.endsWith('men') && w.length > 4) return `${w.slice(0, -3)}man`; // women, servicemen
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || !w.endsWith('s') || w.length < 3) return w;
  if (w.endsWith('ies')) return w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  if (/(sses|xes|ches|shes|zzes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
