// Codes an actor phrase ("North Korea's state media", "President Obama", "Chinese officials") as a
// CAMEO actor valid at a date: the phrase itself (code-phrase.ts), then what its context adds
// (context-rules.ts). The batch interface `dateline actors code` and the eval use it.
import type { CodedActor } from './actor-code.js';
import { codeMatches } from './code-phrase.js';
import { contextCountry, REFINERS, type Site } from './context-rules.js';
import { withMisspeltCountry } from './fuzzy-country.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { type Word, words } from './phrase-key.js';
import { scanWords } from './scan.js';

export interface CodeOptions {
  /** the sentence or passage the phrase was taken from */
  context?: string;
  /** YYYY-MM-DD: the date the codes must be valid at (the article's publication date); null = any */
  date?: string | null;
  /** fill a missing country from the nearest one the context names (default true; the link stage says false) */
  countryFromContext?: boolean;
}

/**
 * Codes one actor phrase. The context, when given, fills what the phrase leaves out: the sector noun
 * right after it ("Israeli" in "Israeli troops") and, for a phrase naming no country ("President
 * Ruto"), the nearest country named in the context.
 */
export function codeActor(text: string, kb: KnowledgeBase, options: CodeOptions = {}): CodedActor | null {
  const ws: Word[] = words(text);
  const matches = withMisspeltCountry(text, ws, scanWords(text, ws, kb), kb);
  const context = options.context ?? '';
  const site: Site = { ws, matches, context, at: context.indexOf(text), date: options.date ?? null, kb };
  let coded = codeMatches(text.trim(), ws, matches, kb, site.date);
  if (options.countryFromContext !== false) coded = contextCountry(coded, site, text);
  if (coded) for (const refine of REFINERS) coded = refine(coded, site);
  return coded;
}
