// Photo credits at the end of a caption: "… in Pyongyang. — Reuters", "(Photo: AP)", "(AP Photo/Ahn Young-joon)",
// "Photo: EPA-EFE", "… - Reuters" (a hyphen only before a known agency or the word "photo").
import { readListResource } from '../../resources.js';

let agencies: Set<string> | undefined;
function knownAgencies(): Set<string> {
  agencies ??= new Set(readListResource('lexicon', 'news-agencies.txt'));
  return agencies;
}

export interface Credited {
  /** The caption without its credit. */
  text: string;
  credit: string;
}

const CREDIT_WORD = /^(?:[A-Z0-9][\w.&'’-]*|via|of|and|the|for|photo|file|handout|pool)$/;

function mentionsAgencyOrPhoto(credit: string): boolean {
  if (/\b(photo|image|picture)s?\b/i.test(credit)) return true;
  return credit
    .split(/[\s/]+/)
    .some((w, i, all) => knownAgencies().has(w) || knownAgencies().has(all.slice(i).join(' ')));
}

/** Whether `credit` reads like a credit line: a few capitalised words, names, agencies. */
function isCreditLine(credit: string): boolean {
  const words = credit.split(/[\s/]+/).filter(Boolean);
  return words.length > 0 && words.length <= 7 && words.every((w) => CREDIT_WORD.test(w));
}

/** `accept` sees the credit (the last group) and the whole match. */
const PATTERNS: ReadonlyArray<{ re: RegExp; accept(credit: string, match: RegExpExecArray): boolean }> = [
  // "… — Reuters", "… – AP Photo/Lee Jin-man". A dash also sets off clauses and headline punchlines
  // ("… About Trump — It Might Surprise You."), so a credit that names no agency and no photo must
  // follow a finished sentence and be a short name without a full stop of its own.
  {
    re: /([.!?"”)])?\s[—–]\s?([^—–]{2,80})$/,
    accept: (c, m) =>
      isCreditLine(c) &&
      (mentionsAgencyOrPhoto(c) || (!!m[1] && /^(?:\S+\s?){1,4}$/.test(c) && !c.endsWith('.'))),
  },
  // "… - Reuters" (a plain hyphen is also punctuation, so demand a known agency or "photo")
  { re: /\s-\s([^-]{2,80})$/, accept: (c) => isCreditLine(c) && mentionsAgencyOrPhoto(c) },
  // "(Photo: AP)", "(AP Photo/Ahn Young-joon)", "(Reuters)"
  { re: /\s\(([^()]{2,80})\)$/, accept: (c) => mentionsAgencyOrPhoto(c) && isCreditLine(stripLabel(c)) },
  // "… Credit Harry Campbell", "… Photograph: Jane Roe/Reuters"
  { re: /\s(?:Credit|Photograph):?\s+([^.()]{2,60})$/, accept: isCreditLine },
  // "… Photo: EPA-EFE"
  {
    re: /\s((?:Photo|Image|Picture)(?:\s+credit)?:\s*[^.()]{2,60})$/i,
    accept: (c) => isCreditLine(stripLabel(c)),
  },
];

function stripLabel(credit: string): string {
  return credit
    .replace(/^(?:photo|image|picture)(?:\s+credit)?:\s*/i, '')
    .replace(/\.$/, '')
    .trim();
}

/** The caption and its credit when `line` ends with a photo credit, else null. */
export function splitCredit(line: string): Credited | null {
  for (const { re, accept } of PATTERNS) {
    const m = re.exec(line);
    const credit = m?.[m.length - 1]?.trim();
    if (m && credit && m.index > 0 && accept(credit, m)) {
      const end = m.index + (m.length > 2 ? (m[1]?.length ?? 0) : 0);
      return { text: line.slice(0, end).trim(), credit: stripLabel(credit) };
    }
  }
  return null;
}
