// Side by side on CoNLL-2003 dev: Dateline's NER model and compromise's people() / places() /
// organizations(), F1 and tokens/s measured in the same run on the same documents.
// compromise reads text, so each dev document is given to it as its tokens joined by spaces, one
// sentence a line; its matches are mapped back to the tokens they cover. compromise has no MISC,
// so both systems are also scored on PER, LOC and ORG alone (MISC removed from gold and output).
// Speeds are tokens per second of CPU time, the median of several runs; Dateline's tagger starts
// each run with empty caches.
// Usage: npx tsx bench/ner-vs-compromise.ts [--runs 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { parseConll } from '../src/eval/conll.js';
import { scoreNer } from '../src/eval/ner-score.js';
import { tagConll } from '../src/eval/tag-conll.js';
import { clearTaggerCaches } from '../src/stages/entities/tagger.js';
import { DEV_FILE } from './ner-speed.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const { documents } = parseConll(readFileSync(DEV_FILE, 'utf8'));
const sentences = documents.flatMap((d) => d.sentences);
const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
const gold = sentences.map((s) => s.lastColumn);

/** compromise's tags for every sentence: each match tags the tokens it overlaps. */
function compromiseTags(): string[][] {
  const result: string[][] = [];
  for (const doc of documents) {
    const starts: number[][] = [];
    let text = '';
    for (const s of doc.sentences) {
      starts.push(
        s.words.map((w) => {
          const at = text.length;
          text += `${w} `;
          return at;
        }),
      );
      text += '\n';
    }
    const tags = doc.sentences.map((s) => s.words.map(() => 'O'));
    const parsed = nlp(text);
    const found: Array<[string, Array<{ offset: { start: number; length: number } }>]> = [
      ['PER', parsed.people().json({ offset: true })],
      ['LOC', parsed.places().json({ offset: true })],
      ['ORG', parsed.organizations().json({ offset: true })],
    ];
    for (const [type, matches] of found) {
      for (const { offset } of matches) {
        const end = offset.start + offset.length;
        let first = true;
        starts.forEach((sentence, k) => {
          sentence.forEach((at, i) => {
            const wordEnd = at + doc.sentences[k].words[i].length;
            if (at < end && wordEnd > offset.start && tags[k][i] === 'O') {
              tags[k][i] = `${first ? 'B' : 'I'}-${type}`;
              first = false;
            }
          });
        });
      }
    }
    result.push(...tags);
  }
  return result;
}

function timed<T>(run: () => T): { value: T; tokensPerSecond: number } {
  const speeds: number[] = [];
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    value = run();
    const c = process.cpuUsage(c0);
    speeds.push(tokens / ((c.user + c.system) / 1e6));
  }
  speeds.sort((a, b) => a - b);
  return { value: value as T, tokensPerSecond: speeds[Math.floor(runs / 2)] };
}

const withoutMisc = (tags: readonly string[][]) =>
  tags.map((s) => s.map((t) => (t.endsWith('MISC') ? 'O' : t)));

tagConll(documents.slice(0, 3)); // load the model and resources outside the timing
const ours = timed(() => {
  clearTaggerCaches(); // every run starts cold, as a fresh process would
  const tags = tagConll(documents);
  return sentences.map((s) => tags.get(s) ?? []);
});
const theirs = timed(compromiseTags);

const all = scoreNer(gold, ours.value);
const oursPlo = scoreNer(withoutMisc(gold), withoutMisc(ours.value));
const theirsPlo = scoreNer(withoutMisc(gold), theirs.value);
const pct = (x: number) => (100 * x).toFixed(1);
const lines = [
  `CoNLL-2003 dev: ${tokens} tokens, ${documents.length} documents; speeds: median of ${runs} runs, CPU time`,
  '| system | F1 (PER/LOC/ORG) | PER | LOC | ORG | F1 (all four types) | tokens/s |',
  '|---|---|---|---|---|---|---|',
  `| Dateline NER | ${pct(oursPlo.overall.f1)} | ${pct(oursPlo.byType.PER.f1)} | ${pct(oursPlo.byType.LOC.f1)} | ${pct(oursPlo.byType.ORG.f1)} | ${pct(all.overall.f1)} | ${Math.round(ours.tokensPerSecond)} |`,
  `| compromise 14 | ${pct(theirsPlo.overall.f1)} | ${pct(theirsPlo.byType.PER?.f1 ?? 0)} | ${pct(theirsPlo.byType.LOC?.f1 ?? 0)} | ${pct(theirsPlo.byType.ORG?.f1 ?? 0)} | – | ${Math.round(theirs.tokensPerSecond)} |`,
];
console.log(lines.join('\n'));
