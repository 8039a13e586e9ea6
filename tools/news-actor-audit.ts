// What a user sees on real news: the linked entities of a fixed sample of articles no actor rule was
// written from (the first 25 PolNeAR dev texts, US politics 2016, and the example corpus), judged by hand
// against CAMEO conventions in test/fixtures/news-actors/codes.tsv and coref.tsv.
//   list   every entity: file, first mention, its occurrence, mention count, name, kb id, code, mentions
//   score  precision (coded and right / coded) and coverage (coded / should be coded) of the judged codes,
//          and the judged coreference pairs (same entity / different entities) that hold; --errors lists
//          the rows that fail.
// A judged row names a mention by its text and which occurrence of that text in the article it is, so a
// row stays valid when the NER or the coreference rules change. PolNeAR texts are dated by their file name.
// Run: npx tsx tools/news-actor-audit.ts list|score [--errors]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnalyzedArticle } from '../src/doc/schema.js';
import { codeParts } from '../src/knowledge/actor-code.js';
import { knowledgeBase } from '../src/knowledge/knowledge-base.js';
import { buildPipeline } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { PACKAGE_ROOT } from '../src/resources.js';
import { analyzeSample, exampleArticles, polnearTexts } from './news-sample.js';

const FIXTURES = resolve(PACKAGE_ROOT, 'test', 'fixtures', 'news-actors');
const sample = [...polnearTexts('dev').slice(0, 25), ...exampleArticles()];

const pipeline = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'events'));

type Entity = NonNullable<AnalyzedArticle['entities']>[number];

/** The entity of the mention covering the n-th occurrence (1-based) of `text` in the article's text. */
function entityAt(doc: AnalyzedArticle, text: string, n: number): Entity | undefined {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = doc.text.indexOf(text, at + 1);
    if (at < 0) return undefined;
  }
  // the shortest mention covering it: "North Korea" is its own mention before it is "North Korea's state media"
  const m = doc.mentions
    ?.filter((m) => m.start <= at && at + text.length <= m.end && m.entity)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  return m ? doc.entities?.find((e) => e.id === m.entity) : undefined;
}

function occurrence(doc: AnalyzedArticle, text: string, start: number): number {
  let n = 0;
  for (let at = doc.text.indexOf(text); at >= 0 && at <= start; at = doc.text.indexOf(text, at + 1)) n++;
  return n;
}

function rows(file: string): string[][] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const docs = await analyzeSample(sample, pipeline);
const mode = process.argv[2] ?? 'score';
const showErrors = process.argv.includes('--errors');

if (mode === 'list') {
  for (const [name, doc] of docs) {
    for (const e of doc.entities ?? []) {
      const ms = e.mentions.map((i) => doc.mentions?.[i]).filter((m) => m !== undefined);
      const first = ms[0];
      if (!first) continue;
      const texts = [...new Set(ms.map((m) => m.text))].join(' | ');
      console.log(
        [
          name,
          first.text,
          occurrence(doc, first.text, first.start),
          ms.length,
          e.name,
          e.kb ?? '',
          e.actor?.code ?? '',
          texts,
        ].join('\t'),
      );
    }
  }
} else {
  // codes.tsv: file, mention text, occurrence, expected code ("-": no code is right), note
  let coded = 0;
  let codedRight = 0;
  let shouldCode = 0;
  let shouldCodeCoded = 0;
  let countryRight = 0;
  const kb = knowledgeBase();
  const errors: string[] = [];
  for (const [file, text, n, expected, note] of rows('codes.tsv')) {
    const doc = docs.get(file);
    if (!doc) throw new Error(`codes.tsv: no article ${file}`);
    const actor = entityAt(doc, text, Number(n))?.actor;
    const got = actor?.code ?? '';
    // a code is right when its country and sector are (USAGOVLEG is USALEG: Phoenix's legislators)
    const want = expected === '-' ? null : codeParts(expected, kb);
    if (got) coded++;
    if (want) shouldCode++;
    if (got && want) shouldCodeCoded++;
    const right =
      got === expected || (actor && want && actor.country === want.country && actor.sector === want.sector);
    if (right) codedRight++;
    if (got === expected || (actor && want && actor.country === want.country)) countryRight++;
    if ((got || want) && !right)
      errors.push(`code\t${file}\t${text}#${n}\texpected ${expected}\tgot ${got || '-'}\t${note ?? ''}`);
  }
  // coref.tsv: file, mention text, occurrence, other mention text, occurrence, same|different, note
  let pairs = 0;
  let pairsRight = 0;
  for (const [file, a, na, b, nb, relation, note] of rows('coref.tsv')) {
    const doc = docs.get(file);
    if (!doc) throw new Error(`coref.tsv: no article ${file}`);
    const ea = entityAt(doc, a, Number(na));
    const eb = entityAt(doc, b, Number(nb));
    const same = ea !== undefined && ea === eb;
    pairs++;
    if (same === (relation === 'same')) pairsRight++;
    else errors.push(`coref\t${file}\t${a}#${na} ~ ${b}#${nb}\texpected ${relation}\t${note ?? ''}`);
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(3)} (${a}/${b})`;
  console.log(`codes: precision ${ratio(codedRight, coded)}, country ${ratio(countryRight, coded)}`);
  console.log(
    `codes: coverage ${ratio(shouldCodeCoded, shouldCode)}, coded and right of should be coded ${ratio(codedRight, shouldCode)}`,
  );
  console.log(`coreference pairs right ${ratio(pairsRight, pairs)}`);
  if (showErrors) for (const e of errors) console.log(e);
}
