// NER tagging speed of two builds of Dateline in the same process, alternating run by run, so a busy
// machine slows both alike: cold and warm CPU tokens/s on CoNLL-2003 dev (as bench/ner-speed.ts
// measures them) per round, the medians and the ratio new/old. A build is a compiled `dist/`
// directory (`npx tsc -p tsconfig.build.json --outDir DIR/dist` in a checkout, e.g. a `git archive`
// of the commit to compare with; models/, knowledge/, lexicon/, package.json and ../shared beside it).
// Usage: node --expose-gc --import tsx bench/ner-speed-ab.ts OLD_DIST NEW_DIST [rounds]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConllDocument } from '../src/eval/conll.js';
import { DEV_FILE, WARM_FILE } from './ner-speed.js';

interface Build {
  parseConll: (text: string) => { documents: ConllDocument[] };
  tagConll: (documents: readonly ConllDocument[]) => unknown;
  clearTaggerCaches: () => void;
}

async function load(dist: string): Promise<Build> {
  const root = resolve(dist);
  const { parseConll } = await import(`${root}/eval/conll.js`);
  const { tagConll } = await import(`${root}/eval/tag-conll.js`);
  const { clearTaggerCaches } = await import(`${root}/stages/entities/tagger.js`);
  return { parseConll, tagConll, clearTaggerCaches };
}

const [oldDist, newDist, roundsArg] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error('usage: ner-speed-ab.ts OLD_DIST NEW_DIST [rounds]');
const rounds = Number(roundsArg ?? 7);
const builds = { old: await load(oldDist), new: await load(newDist) };
const dev = builds.old.parseConll(readFileSync(DEV_FILE, 'utf8')).documents;
const other = builds.old.parseConll(readFileSync(WARM_FILE, 'utf8')).documents;
const tokens = dev.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
for (const build of Object.values(builds)) build.tagConll(dev.slice(0, 5)); // load, compile

const cpuSpeed = (tag: () => void) => {
  global.gc?.();
  const start = process.cpuUsage();
  tag();
  const used = process.cpuUsage(start);
  return tokens / ((used.user + used.system) / 1e6);
};
type Name = keyof typeof builds;
const speeds: Record<Name, { cold: number[]; warm: number[] }> = {
  old: { cold: [], warm: [] },
  new: { cold: [], warm: [] },
};
for (let round = 0; round < rounds; round++) {
  const order: Name[] = round % 2 ? ['new', 'old'] : ['old', 'new'];
  for (const name of order) {
    const build = builds[name];
    build.clearTaggerCaches();
    speeds[name].cold.push(cpuSpeed(() => build.tagConll(dev)));
    build.clearTaggerCaches();
    build.tagConll(other);
    speeds[name].warm.push(cpuSpeed(() => build.tagConll(dev)));
  }
  const last = (name: Name) =>
    `cold ${Math.round(speeds[name].cold[round])} warm ${Math.round(speeds[name].warm[round])}`;
  console.log(`round ${round + 1}: old ${last('old')} | new ${last('new')}`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const kind of ['cold', 'warm'] as const) {
  const old = median(speeds.old[kind]);
  const now = median(speeds.new[kind]);
  const perRound = median(speeds.new[kind].map((v, k) => v / speeds.old[kind][k]));
  console.log(
    `${kind}: old ${Math.round(old)}, new ${Math.round(now)} tokens/s (CPU, median of ${rounds}); new/old ${(now / old).toFixed(2)} (median of the rounds' ratios ${perRound.toFixed(2)})`,
  );
}
