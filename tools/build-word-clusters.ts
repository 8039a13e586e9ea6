// Learns word classes for the NER model from unlabelled news text and writes
// models/ner-word-classes.tsv (word, cluster path, capitalisation bucket).
//
// Text: PolNeAR articles (train and dev texts), TE3-silver AFP/Xinhua articles and the TimeBank and
// AQUAINT articles (TimeML tags stripped, title and text only), the NGEC synthetic news stories
// (machine-written: their facts are not real, but their language is news language), and the
// CoNLL-2003 train tokens (not dev). Tokens are made by the
// runtime tokenizer and lowercased.
//
// Clusters: class-based bigram model (Brown et al. 1992). Words seen at least MIN_COUNT times are
// first grouped into CLASSES flat classes by the exchange algorithm (move each word to the class
// that most increases the bigram mutual information, repeat), then the classes are merged
// bottom-up, two at a time, always the pair whose merge loses the least mutual information; the
// merge history is a binary tree whose root-to-leaf bit strings are the cluster paths. The
// capitalisation bucket says how often a word is written capitalised in mid-sentence.
// Usage: nice -n 10 npx tsx tools/build-word-clusters.ts [/work/shared/data]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/knowledge/csv.js';
import { resourcePath } from '../src/resources.js';
import { WORD_CLASSES_FILE } from '../src/stages/entities/word-classes.js';
import { tokenize } from '../src/stages/segment/tokenize.js';

const DATA = process.argv[2] ?? resourcePath('..', 'shared', 'data');
const MIN_COUNT = 3;
const CLASSES = 256;
const FINE_CLASSES = 1024;
const EXCHANGE_ROUNDS = 8;

/** Unlabelled texts, each a list of lines (paragraphs). */
function* texts(): Generator<string[]> {
  for (const split of ['train', 'dev']) {
    const dir = join(DATA, 'polnear', split, 'text');
    for (const f of readdirSync(dir).sort()) yield readFileSync(join(dir, f), 'utf8').split('\n');
  }
  const timeml = ['TE3-silver', 'TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'].flatMap((dir) =>
    readdirSync(join(DATA, 'tempeval3', dir))
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => join(DATA, 'tempeval3', dir, f)),
  );
  for (const file of timeml) {
    const xml = readFileSync(file, 'utf8');
    const parts = [...xml.matchAll(/<(TITLE|TEXT)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]);
    yield parts
      .join('\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .split('\n');
  }
  const ngec = parseCsv(
    readFileSync(join(DATA, 'events', 'ngec', 'gpt_synthetic_events_2023-10-19_19.csv'), 'utf8'),
  );
  const textColumn = ngec[0].indexOf('text');
  for (const row of ngec.slice(1)) if (row[textColumn]) yield row[textColumn].split('\n');
  // CoNLL train: one sentence per line.
  let sentence: string[] = [];
  const lines: string[] = [];
  for (const line of readFileSync(join(DATA, 'conll2003', 'train.txt'), 'utf8').split('\n')) {
    const word = line.split(' ')[0];
    if (word === '' || word === '-DOCSTART-') {
      if (sentence.length) lines.push(sentence.join(' '));
      sentence = [];
    } else sentence.push(word);
  }
  yield lines;
}

// ---- corpus: word ids per line, capitalisation counts ----
const ids = new Map<string, number>();
const words: string[] = [];
const counts: number[] = [];
const capitalised: number[] = [];
const midSentence: number[] = [];
const lines: Int32Array[] = [];
const SENTENCE_END = /^[.!?"“”'‘’:;]$/;
for (const text of texts()) {
  for (const line of text) {
    const tokens = tokenize(line).map((t) => line.slice(t.start, t.end));
    if (tokens.length === 0) continue;
    const lineIds = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const lower = token.toLowerCase();
      let id = ids.get(lower);
      if (id === undefined) {
        id = words.push(lower) - 1;
        ids.set(lower, id);
        counts.push(0);
        capitalised.push(0);
        midSentence.push(0);
      }
      counts[id]++;
      const upperStart = /^\p{Lu}/u.test(token);
      const allCaps = token === token.toUpperCase() && token.length > 1;
      if (i > 0 && !SENTENCE_END.test(tokens[i - 1]) && !allCaps) {
        midSentence[id]++;
        if (upperStart) capitalised[id]++;
      }
      lineIds[i] = id;
    });
    lines.push(lineIds);
  }
}
const totalTokens = lines.reduce((n, l) => n + l.length, 0);
console.log(`${totalTokens} tokens, ${words.length} word types`);

// ---- vocabulary: frequent words get dense ids ordered by frequency; the rest are not clustered ----
const vocab = words
  .map((_, id) => id)
  .filter((id) => counts[id] >= MIN_COUNT)
  .sort((a, b) => counts[b] - counts[a] || (words[a] < words[b] ? -1 : 1));
const dense = new Int32Array(words.length).fill(-1);
vocab.forEach((id, k) => {
  dense[id] = k;
});
const V = vocab.length;
console.log(`${V} words clustered into ${CLASSES} classes`);

// Bigram neighbour lists over vocabulary words (pairs with an out-of-vocabulary word are dropped).
const bigrams = new Map<number, number>();
for (const line of lines) {
  for (let i = 1; i < line.length; i++) {
    const a = dense[line[i - 1]];
    const b = dense[line[i]];
    if (a < 0 || b < 0) continue;
    const key = a * V + b;
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
  }
}
const leftOf: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
const rightOf: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
const selfPairs = new Float64Array(V);
const unigram = new Float64Array(V);
for (const [key, c] of bigrams) {
  const a = Math.floor(key / V);
  const b = key % V;
  if (a === b) selfPairs[a] += c;
  else {
    rightOf[a].push([b, c]);
    leftOf[b].push([a, c]);
  }
  unigram[a] += c / 2;
  unigram[b] += c / 2;
}

const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);

// ---- exchange algorithm ----
/** Exchange algorithm: `K` flat classes; returns each word's class and the class bigram counts. */
function exchange(K: number): { classOf: Int32Array; N: Float64Array; Nc: Float64Array } {
  const classOf = new Int32Array(V);
  for (let w = 0; w < V; w++) classOf[w] = w < K ? w : K - 1 - ((w - K) % (K - 1)) - 0;
  const N = new Float64Array(K * K);
  const Nc = new Float64Array(K);
  for (const [key, c] of bigrams) N[classOf[Math.floor(key / V)] * K + classOf[key % V]] += c;
  for (let w = 0; w < V; w++) Nc[classOf[w]] += unigram[w];

  const leftByClass = new Float64Array(K);
  const rightByClass = new Float64Array(K);
  for (let round = 1; round <= EXCHANGE_ROUNDS; round++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const from = classOf[w];
      const touchedLeft: number[] = [];
      const touchedRight: number[] = [];
      for (const [x, c] of leftOf[w]) {
        const k = classOf[x];
        if (leftByClass[k] === 0) touchedLeft.push(k);
        leftByClass[k] += c;
      }
      for (const [y, c] of rightOf[w]) {
        const k = classOf[y];
        if (rightByClass[k] === 0) touchedRight.push(k);
        rightByClass[k] += c;
      }
      const s = selfPairs[w];
      // take w out of its class
      for (const k of touchedLeft) N[k * K + from] -= leftByClass[k];
      for (const k of touchedRight) N[from * K + k] -= rightByClass[k];
      N[from * K + from] -= s;
      Nc[from] -= unigram[w];
      let best = from;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < K; b++) {
        let gain = 0;
        for (const c of touchedLeft) {
          if (c !== b) gain += f(N[c * K + b] + leftByClass[c]) - f(N[c * K + b]);
        }
        for (const d of touchedRight) {
          if (d !== b) gain += f(N[b * K + d] + rightByClass[d]) - f(N[b * K + d]);
        }
        gain += f(N[b * K + b] + leftByClass[b] + rightByClass[b] + s) - f(N[b * K + b]);
        gain -= 2 * (f(Nc[b] + unigram[w]) - f(Nc[b]));
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          best = b;
        }
      }
      for (const k of touchedLeft) N[k * K + best] += leftByClass[k];
      for (const k of touchedRight) N[best * K + k] += rightByClass[k];
      N[best * K + best] += s;
      Nc[best] += unigram[w];
      if (best !== from) moved++;
      classOf[w] = best;
      for (const k of touchedLeft) leftByClass[k] = 0;
      for (const k of touchedRight) rightByClass[k] = 0;
    }
    console.log(`exchange round ${round}: ${moved} words moved`);
    if (moved < V / 200) break;
  }
  return { classOf, N, Nc };
}

const K = CLASSES;
const { classOf, N, Nc } = exchange(K);
// A finer flat clustering (no hierarchy: merging is cubic in the class count) for extra features.
const fine = exchange(FINE_CLASSES).classOf;

// ---- bottom-up merging of the classes into a binary tree ----
// Merged classes keep the lower index; `members` tracks the tree (paths are prepended per merge).
const alive = new Set<number>(Array.from({ length: K }, (_, k) => k));
const paths: string[] = new Array(K).fill('');
const members: number[][] = Array.from({ length: K }, (_, k) => [k]);
function mergeLoss(a: number, b: number): number {
  // change of Σ f(N) − 2 Σ f(Nc) when classes a and b become one
  let before = 0;
  let after = 0;
  for (const c of alive) {
    if (c === a || c === b) continue;
    before += f(N[c * K + a]) + f(N[c * K + b]) + f(N[a * K + c]) + f(N[b * K + c]);
    after += f(N[c * K + a] + N[c * K + b]) + f(N[a * K + c] + N[b * K + c]);
  }
  before += f(N[a * K + a]) + f(N[a * K + b]) + f(N[b * K + a]) + f(N[b * K + b]);
  after += f(N[a * K + a] + N[a * K + b] + N[b * K + a] + N[b * K + b]);
  before -= 2 * (f(Nc[a]) + f(Nc[b]));
  after -= 2 * f(Nc[a] + Nc[b]);
  return before - after;
}
while (alive.size > 1) {
  const list = [...alive];
  let bestA = -1;
  let bestB = -1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const loss = mergeLoss(list[i], list[j]);
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        bestA = list[i];
        bestB = list[j];
      }
    }
  }
  for (const k of members[bestA]) paths[k] = `0${paths[k]}`;
  for (const k of members[bestB]) paths[k] = `1${paths[k]}`;
  members[bestA].push(...members[bestB]);
  for (const c of alive) {
    if (c === bestB) continue;
    N[c * K + bestA] += N[c * K + bestB];
    N[bestA * K + c] += N[bestB * K + c];
  }
  N[bestA * K + bestA] += N[bestB * K + bestB];
  Nc[bestA] += Nc[bestB];
  alive.delete(bestB);
}

// ---- output ----
const bucket = (id: number) => {
  if (midSentence[id] < MIN_COUNT) return '';
  const rate = capitalised[id] / midSentence[id];
  return rate < 0.1 ? '0' : rate < 0.5 ? '1' : rate < 0.9 ? '2' : '3';
};
const out = [
  '# word<TAB>cluster path<TAB>capitalisation bucket (0: <10% capitalised mid-sentence, 1: <50%, 2: <90%, 3: more)<TAB>fine class',
  '# Generated by `npx tsx tools/build-word-clusters.ts` from unlabelled news text in ../shared/data.',
];
for (const id of vocab)
  out.push(`${words[id]}\t${paths[classOf[dense[id]]]}\t${bucket(id)}\t${fine[dense[id]]}`);
writeFileSync(resourcePath(...WORD_CLASSES_FILE), `${out.join('\n')}\n`);
console.log(`${vocab.length} words → ${WORD_CLASSES_FILE.join('/')}`);
