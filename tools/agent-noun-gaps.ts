// Lists the lower-case words news puts right after a demonym ("Israeli helicopters", "the Iranian press")
// that the knowledge base has no sector noun for, most frequent first: candidates for
// knowledge/agents-extra.txt (most are not actors: "capital", "border"; a person decides). Reads the NGEC
// synthetic stories, not the PLOVER gold.
// Run: npx tsx tools/agent-noun-gaps.ts [SHARED_DATA_DIR] [N]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { knowledgeBase } from '../src/knowledge/knowledge-base.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data');
const TOP = Number(process.argv[3] ?? 150);
const STORIES = join(DATA, 'events/ngec/gpt_synthetic_events_2023-10-19_19.csv');

const kb = knowledgeBase();
const counts = new Map<string, number>();
// a capitalised word with a demonym's ending, then one or two lower-case words
const DEMONYM_THEN_WORDS = /\b(\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch))\s+(\p{Ll}+)(?:\s(\p{Ll}+))?/gu;
for (const m of readFileSync(STORIES, 'utf8').matchAll(DEMONYM_THEN_WORDS)) {
  const country = kb.names.get(m[1].toLowerCase())?.some((h) => h.entry.kind === 'country' && !h.place);
  if (!country) continue;
  const [, , first, second] = m;
  if (kb.agents.has(first) || (second && kb.agents.has(`${first} ${second}`))) continue;
  counts.set(first, (counts.get(first) ?? 0) + 1);
}
const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP);
console.log(top.map(([word, n]) => `${word} ${n}`).join('\n'));
