// Speed of the actor knowledge base and the link stage. Run: npx tsx bench/actors.ts
// Prints medians of several runs: knowledge-base load, and per-article time of segment and link on the seed
// (with hand-made NER mentions, until the NER stage is on main).
import { readFileSync } from 'node:fs';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { plainArticle } from '../src/ingest/plain.js';
import { buildKnowledgeBase, knowledgeBase } from '../src/knowledge/knowledge-base.js';
import { linkStage } from '../src/stages/link/index.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { handMentions } from '../test/stages/link/mentions.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(runs: number, f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours. */
function cpuTime(runs: number, f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000);
  }
  return median(ms);
}

const loadWall = time(5, () => buildKnowledgeBase());
const loadCpu = cpuTime(5, () => buildKnowledgeBase());
console.log(
  `knowledge base load: ${loadWall.toFixed(0)} ms wall, ${loadCpu.toFixed(0)} ms CPU (medians of 5)`,
);
knowledgeBase();
const text = readFileSync('/work/shared/corpus/seed/kim-china-ties.txt', 'utf8');
const doc: AnalyzedArticle = { ...plainArticle(text, { format: 'text' } as never) };
const ctx = { anchor: '2023-07-29', options: {} };
const segment = cpuTime(50, () => segmentStage.run(doc, ctx));
Object.assign(doc, segmentStage.run(doc, ctx));
doc.mentions = handMentions(doc.text, [
  ['North Korea', 'LOC'],
  ['Kim Jong Un', 'PER'],
  ['Chinese', 'MISC'],
  ['Pyongyang', 'LOC'],
  ['Reuters', 'ORG'],
  ['KCNA', 'ORG'],
  ['Li Hongzhong', 'PER'],
  ['Russian', 'MISC'],
  ['Russia', 'LOC'],
  ['China', 'LOC'],
  ['US', 'LOC'],
  ['South Korean', 'MISC'],
  ['South Korea', 'LOC'],
  ['Jeju', 'LOC'],
  ['USS Annapolis', 'MISC'],
]);
const link = cpuTime(50, () => linkStage.run(doc, ctx));
console.log(`seed article: segment ${segment.toFixed(2)} ms, link ${link.toFixed(2)} ms CPU (medians of 50)`);
