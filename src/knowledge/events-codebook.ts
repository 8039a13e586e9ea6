// The compiled event codebooks (tools/compile-events.ts → knowledge/compiled/), loaded once per process.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources.js';

/** One element of a verb pattern: a noun phrase (word alternatives, head last), optionally after a preposition. */
export interface PatternItem {
  prep?: string[];
  np: string[][];
}

/** A PETRARCH verb pattern: words before and after the verb; `reverse` is the code of the target→source event. */
export interface CompiledPattern {
  pre: PatternItem[];
  post: PatternItem[];
  code: string | null;
  reverse: string | null;
  /** the base verb the pattern was written for, when it applies to that verb of its block only */
  verb?: string;
}

export interface VerbBlock {
  name: string;
  code: string | null;
  reverse: string | null;
  patterns: CompiledPattern[];
}

/** A verb form ("met", "meet with"): its block, which word is the verb, and its own code if it has one. */
export interface VerbForm {
  block: number;
  /** the verb's base form as listed ("meet with") */
  base: string;
  head: number;
  own?: { code: string | null; reverse: string | null };
}

export interface VerbDictionary {
  blocks: VerbBlock[];
  forms: Record<string, VerbForm>;
}

export interface CameoCodeInfo {
  /** PLOVER type, or null for CAMEO categories PLOVER dropped (01 statements, 02 appeals). */
  plover: string | null;
  mode?: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  label: string;
}

export interface PloverTypeInfo {
  definition: string;
  modes: Record<string, string>;
}

const memo = new Map<string, unknown>();
function loadJson<T>(file: string): T {
  if (!memo.has(file))
    memo.set(file, JSON.parse(readFileSync(resourcePath('knowledge', 'compiled', file), 'utf8')));
  return memo.get(file) as T;
}

export const verbDictionary = (): VerbDictionary => loadJson('cameo-verbs.json');
export const cameoCodes = (): Record<string, CameoCodeInfo> => loadJson('cameo-codes.json');
export const ploverTypes = (): Record<string, PloverTypeInfo> => loadJson('plover-types.json');

/** The codebook entry of a CAMEO code, falling back to its 3- and 2-digit parents. */
export function cameoInfo(code: string): CameoCodeInfo | null {
  const codes = cameoCodes();
  return codes[code] ?? codes[code.slice(0, 3)] ?? codes[code.slice(0, 2)] ?? null;
}
