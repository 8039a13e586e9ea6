// Codes an actor phrase ("North Korea's state media", "President Obama", "Chinese officials") as a
// CAMEO actor valid at a date: the phrase itself (code-phrase.ts), then what its context adds
// (context-rules.ts). The batch interface `dateline actors code` and the eval use codeActor; the link
// stage, which has the words of its sentences already, codeSite.
import type { CodedActor } from './actor-code.js';
import { withBackoffHead } from './backoff-head.js';
import { codeMatches } from './code-phrase.js';
import {
  contextCountry,
  REFINERS,
  type Site,
  withCompassCountry,
  withContextPlace,
  withPlausibleSurnames,
} from './context-rules.js';
import { withMisspeltAgent, withMisspeltCountry } from './fuzzy-country.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { describedName } from './person-description.js';
import { words } from './phrase-key.js';
import { scanWords } from './scan.js';

export interface CodeOptions {
  /** the sentence or passage the phrase was taken from */
  context?: string;
  /** YYYY-MM-DD: the date the codes must be valid at (the article's publication date); null = any */
  date?: string | null;
  /** fill a missing country from the nearest one the context names (default true; the link stage says false) */
  countryFromContext?: boolean;
}

/** Codes a phrase where it sits (see Site), then applies the context rules. */
export function codeSite(site: Site, countryFromContext = true): CodedActor | null {
  const phrase = site.source.slice(site.start, site.end).trim();
  const matches = withContextPlace({ ...site, matches: withPlausibleSurnames(site) });
  let coded = codeMatches(site.source, site.ws, matches, site.kb, site.date, phrase);
  // a name the knowledge base does not know, described by its title or apposition; a name known only by
  // part of a full name is a guess that a description placing it in another country overrules ("Chad's
  // foreign minister Ali Saleh" is not Yemen's Ali Abdullah Saleh)
  const guessed = matches.some((m) => m.kind === 'name' && m.shortened);
  if (!coded || guessed) {
    const described = describedName({ ...site, matches }, (description) => codeSite(description, false));
    if (described && (!coded || described.country !== coded.country)) coded = described;
  }
  if (countryFromContext) coded = contextCountry(coded, site);
  if (coded) for (const refine of REFINERS) coded = refine(coded, site);
  return coded;
}

/**
 * Codes one actor phrase. The context, when given, fills what the phrase leaves out: the sector noun
 * right after it ("Israeli" in "Israeli troops") and, for a phrase naming no country ("President
 * Ruto"), the nearest country named in the context.
 */
export function codeActor(text: string, kb: KnowledgeBase, options: CodeOptions = {}): CodedActor | null {
  const context = options.context ?? '';
  const found = context ? locate(text, context) : null;
  // the phrase inside its context when found there; else the phrase with the context after it
  const embedded = found !== null;
  const source = embedded ? context : context ? `${text}\n${context}` : text;
  const start = found?.start ?? 0;
  const end = found?.end ?? text.length;
  const ws = words(source, start, end);
  const scanned = scanWords(source, ws, kb);
  const spelt = withMisspeltAgent(source, ws, withMisspeltCountry(source, ws, scanned, kb), kb);
  const matches = withBackoffHead(ws, spelt, kb);
  const around = context ? words(source) : null;
  const site: Site = { source, start, end, ws, matches, around, embedded, date: options.date ?? null, kb };
  return codeSite({ ...site, matches: withCompassCountry(site) }, options.countryFromContext !== false);
}

/** Where the phrase is in its context, spaces between its words matching any run of spaces ("Homeland Union  (…)"). */
function locate(text: string, context: string): { start: number; end: number } | null {
  const at = context.indexOf(text);
  if (at >= 0) return { start: at, end: at + text.length };
  const parts = text.trim().split(/\s+/);
  if (parts[0] === '') return null;
  const m = new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(context);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
