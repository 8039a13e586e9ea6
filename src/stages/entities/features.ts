// Feature templates of the NER model, grouped in families so each family's gain can be measured
// (tools/train-ner.ts --families) and the model records which families it was trained with.
//   base     the word, its lowercase form, shape, affixes, neighbours, sentence position
//   gazetteer  categories of the gazetteer matches covering the token and its neighbours
//   clusters   word-cluster paths (prefixes of the hierarchical cluster bit string) of the token
//              and its neighbours, and how often the word is capitalised in unlabelled news text
//   document   capitalisation of the same word elsewhere in the document (headlines, sentence starts)
//   nonlocal   (second pass) the types the first pass gave to the same word elsewhere in the document,
//              and its place in the longest name the first pass found it in
import type { Gazetteer } from './gazetteer.js';
import { gazetteerMarks } from './gazetteer.js';
import type { WordClasses } from './word-classes.js';

export const FEATURE_FAMILIES = ['base', 'gazetteer', 'clusters', 'document', 'nonlocal'] as const;
export type FeatureFamily = (typeof FEATURE_FAMILIES)[number];

export interface FeatureResources {
  readonly families: ReadonlySet<FeatureFamily>;
  readonly gazetteer?: Gazetteer;
  readonly classes?: WordClasses;
}

/** A sentence prepared for feature extraction: per-token strings computed once. */
export interface PreparedSentence {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly marks: readonly (readonly string[])[] | undefined;
  /** the sentence is written in capitals (a headline): word identity and case say little */
  readonly allCaps: boolean;
}

/** Document-wide facts about words, built once per document. */
export interface DocumentContext {
  /** lowercase forms seen written in lower case in mid-sentence */
  readonly seenLower: ReadonlySet<string>;
  /** lowercase forms seen capitalised in mid-sentence, outside headlines */
  readonly seenCapitalised: ReadonlySet<string>;
  /** second pass: lowercase word → the entity type the first pass gave it most often in this document */
  readonly firstPassType?: ReadonlyMap<string, string>;
  /** second pass: lowercase word → its label in the longest multi-word name pass one put it in */
  readonly firstPassNameLabel?: ReadonlyMap<string, string>;
  /** second pass: the first pass's label ids for each sentence */
  readonly firstPassLabels?: ReadonlyMap<PreparedSentence, readonly number[]>;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Word shape: X for capitals, x for lower case, d for digits, other characters kept; runs collapsed. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    let c: string;
    if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[k];
    else {
      const ch = String.fromCodePoint(word.codePointAt(k) ?? code);
      if (ch.length === 2) k++;
      c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : ch;
    }
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    if (w.length < 2) continue;
    if (w === w.toUpperCase() && UPPER.test(w)) upper++;
    else if (LOWER.test(w)) lower++;
  }
  return upper >= 3 && upper > 2 * lower;
}

export function prepareSentence(words: readonly string[], resources: FeatureResources): PreparedSentence {
  const lower = words.map((w) => w.toLowerCase());
  return {
    words,
    lower,
    shapes: words.map(shapeOf),
    marks:
      resources.families.has('gazetteer') && resources.gazetteer
        ? gazetteerMarks(words, lower, resources.gazetteer)
        : undefined,
    allCaps: isAllCapsSentence(words),
  };
}

export function documentContext(sentences: readonly PreparedSentence[]): DocumentContext {
  const seenLower = new Set<string>();
  const seenCapitalised = new Set<string>();
  for (const s of sentences) {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i];
      if (w === s.lower[i]) {
        if (LOWER.test(w)) seenLower.add(w);
      } else if (!s.allCaps && UPPER.test(w[0])) seenCapitalised.add(s.lower[i]);
    }
  }
  return { seenLower, seenCapitalised };
}

export const BOUNDARY = '<s>';

// Feature names built once: looking up a string the map has hashed before is much cheaper than
// building and hashing a new one for every token.
const P1 = Array.from({ length: 18 }, (_, label) => `p1=${label - 1}`);
const P1_TRIPLES = new Map<number, string>();
function p1Triple(a: number, b: number, c: number): string {
  const key = (a + 1) * 324 + (b + 1) * 18 + (c + 1);
  let name = P1_TRIPLES.get(key);
  if (name === undefined) {
    name = `p1-1|p1|p1+1=${a}|${b}|${c}`;
    P1_TRIPLES.set(key, name);
  }
  return name;
}

const MARK_FEATURES = new Map<string, { self: string; left: string; right: string }>();
function markFeatures(mark: string): { self: string; left: string; right: string } {
  let names = MARK_FEATURES.get(mark);
  if (!names) {
    names = { self: `g=${mark}`, left: `g-1=${mark}`, right: `g+1=${mark}` };
    MARK_FEATURES.set(mark, names);
  }
  return names;
}

/** Features of a word by itself, the same wherever it stands (the tagger caches their weights). */
export function wordFeatures(
  w: string,
  lw: string,
  shape: string,
  caps: string,
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  const families = resources.families;
  emit('bias');
  if (families.has('base')) {
    if (caps === '') emit(`w=${w}`);
    emit(`lw=${lw}`);
    emit(`sh=${shape}${caps}`);
    const len = lw.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      emit(`p${k}=${lw.slice(0, k)}`);
      emit(`s${k}=${lw.slice(len - k)}`);
    }
    if (w.includes('-')) emit(`hyph|sh=${shape}`);
  }
  const classes = resources.classes;
  if (families.has('clusters') && classes) {
    const path = classes.path.get(lw);
    if (path !== undefined) {
      for (const k of classes.prefixes) if (k < path.length) emit(`c${k}=${path.slice(0, k)}`);
      emit(`c=${path}`);
    } else emit('c=?');
    const fine = classes.fine.get(lw);
    if (fine !== undefined) emit(`cf=${fine}`);
    emit(`cap=${classes.capitalised.get(lw) ?? '?'}|${shape}${caps}`);
  }
}

/** Offsets of the neighbours whose own features describe a token. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** Features a neighbour at `offset` contributes by itself (cached like word features). */
export function neighbourFeatures(
  offset: number,
  lw: string,
  shape: string,
  caps: string,
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  const at = offset < 0 ? `${offset}` : `+${offset}`;
  if (resources.families.has('base')) {
    emit(`lw${at}=${lw}`);
    if (offset === -1 || offset === 1) emit(`sh${at}=${shape}${caps}`);
  }
  const classes = resources.classes;
  if (resources.families.has('clusters') && classes) {
    const path = classes.path.get(lw);
    emit(`c${at}=${path === undefined ? '?' : path.slice(0, offset === -1 || offset === 1 ? 8 : 4)}`);
    if (offset === -1 || offset === 1) emit(`cf${at}=${classes.fine.get(lw) ?? '?'}`);
  }
}

/**
 * Features of two adjacent tokens A B (the sentence boundary stands in at the edges), cached per
 * pair by the tagger: `side` = 'right' gives those that describe B, 'left' those that describe A.
 */
export function pairFeatures(
  lwA: string,
  shapeA: string,
  lwB: string,
  shapeB: string,
  caps: string,
  side: 'left' | 'right',
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  if (!resources.families.has('base')) return;
  if (side === 'right') {
    emit(`lw-1|lw=${lwA}|${lwB}`);
    emit(`lw-1|sh=${lwA}|${shapeB}${caps}`);
  } else {
    emit(`lw|lw+1=${lwA}|${lwB}`);
    emit(`sh|lw+1=${shapeA}|${lwB}${caps}`);
  }
}

/** The shapes of the token and its two neighbours (the tagger may look it up through an index). */
export function shapeTrigramFeature(
  s: PreparedSentence,
  i: number,
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  if (!resources.families.has('base')) return;
  const { shapes } = s;
  const ls1 = i > 0 ? shapes[i - 1] : BOUNDARY;
  const rs1 = i + 1 < shapes.length ? shapes[i + 1] : BOUNDARY;
  emit(`sh-1|sh|sh+1=${ls1}|${shapes[i]}|${rs1}${s.allCaps ? 'C' : ''}`);
}

/** Features that combine the token with its context: gazetteer, document, first pass. */
export function contextFeatures(
  s: PreparedSentence,
  i: number,
  doc: DocumentContext,
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  const { words, lower, shapes } = s;
  const n = words.length;
  const families = resources.families;
  const w = words[i];
  const lw = lower[i];
  const shape = shapes[i];
  const caps = s.allCaps ? 'C' : '';

  if (families.has('base') && i === 0) emit(`first|sh=${shape}${caps}`);

  if (families.has('gazetteer') && s.marks) {
    for (const m of s.marks[i]) {
      emit(markFeatures(m).self);
      emit(`g=${m}|sh=${shape}${caps}`);
    }
    if (i > 0) for (const m of s.marks[i - 1]) emit(markFeatures(m).left);
    if (i + 1 < n) for (const m of s.marks[i + 1]) emit(markFeatures(m).right);
  }

  if (families.has('document')) {
    const capitalised = UPPER.test(w[0]);
    if (capitalised && doc.seenLower.has(lw)) emit(`dl|sh=${shape}${caps}`);
    if ((i === 0 || s.allCaps) && doc.seenCapitalised.has(lw)) emit(`dc|sh=${shape}${caps}`);
    if (i === 0 && capitalised && !doc.seenCapitalised.has(lw)) emit('first-only-cap');
  }

  if (families.has('nonlocal') && doc.firstPassType) {
    const type = doc.firstPassType.get(lw);
    if (type !== undefined) {
      emit(`nl=${type}`);
      emit(`nl=${type}|sh=${shape}${caps}`);
    }
    const nameLabel = doc.firstPassNameLabel?.get(lw);
    if (nameLabel !== undefined) {
      emit(`nln=${nameLabel}`);
      emit(`nln|nl=${nameLabel}|${type}`);
    }
    const labels = doc.firstPassLabels?.get(s);
    if (labels) {
      emit(P1[labels[i] + 1]);
      emit(p1Triple(i > 0 ? labels[i - 1] : -1, labels[i], i + 1 < n ? labels[i + 1] : -1));
    }
  }
}

/** Calls `emit` with the name of every feature of token `i` (training; the tagger caches parts). */
export function tokenFeatures(
  s: PreparedSentence,
  i: number,
  doc: DocumentContext,
  resources: FeatureResources,
  emit: (feature: string) => void,
): void {
  const caps = s.allCaps ? 'C' : '';
  wordFeatures(s.words[i], s.lower[i], s.shapes[i], caps, resources, emit);
  for (const offset of NEIGHBOURS) {
    const j = i + offset;
    const inside = j >= 0 && j < s.words.length;
    neighbourFeatures(
      offset,
      inside ? s.lower[j] : BOUNDARY,
      inside ? s.shapes[j] : BOUNDARY,
      caps,
      resources,
      emit,
    );
  }
  const n = s.words.length;
  const lw = s.lower[i];
  const shape = s.shapes[i];
  const lwL = i > 0 ? s.lower[i - 1] : BOUNDARY;
  const shL = i > 0 ? s.shapes[i - 1] : BOUNDARY;
  const lwR = i + 1 < n ? s.lower[i + 1] : BOUNDARY;
  const shR = i + 1 < n ? s.shapes[i + 1] : BOUNDARY;
  pairFeatures(lwL, shL, lw, shape, caps, 'right', resources, emit);
  pairFeatures(lw, shape, lwR, shR, caps, 'left', resources, emit);
  shapeTrigramFeature(s, i, resources, emit);
  contextFeatures(s, i, doc, resources, emit);
}
