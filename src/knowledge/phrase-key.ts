// The one normalisation every knowledge-base phrase and every looked-up text goes through, so that
// "U.S.", "US" and "U_S" meet, as do "Kim Jong-un" and "KIM_JONG_UN", "Côte d'Ivoire" and
// "Cote d'Ivoire", "Korea's" and "Korea".

/** A word of a text: its `[start, end)` offsets and its normalised form. */
export interface Word {
  start: number;
  end: number;
  key: string;
}

const WORD = /[\p{L}\p{N}&][\p{L}\p{N}&.'’]*/gu;

const PLAIN = /^[A-Za-z0-9&]+$/;

export function wordKey(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '');
}

/** A final period stays only in abbreviations ("U.S."); a possessive "'s" is not part of the word. */
function trimWord(word: string): string {
  return word
    .replace(/[.'’]+$/, (tail) => (tail === '.' && /\.\p{L}\.$/u.test(word) ? tail : ''))
    .replace(/['’]s$/i, '');
}

/** The words of `text[start, end)`, with offsets into `text`. */
export function words(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const raw = PLAIN.test(m[0]) ? m[0] : trimWord(m[0]);
    const key = wordKey(raw);
    if (key !== '') out.push({ start: m.index, end: m.index + raw.length, key });
  }
  return out;
}

/** Lower-case words of a phrase joined by single spaces: the key phrases are indexed and looked up by. */
export function phraseKey(text: string): string {
  return words(text)
    .map((w) => w.key)
    .join(' ');
}
