// What the attribution model trainers share (tools/train-attribution-*.ts): PolNeAR texts run through the pipeline up to the syntax stage, and
// an averaged perceptron with the labels O/YES trained on hashed examples and written to models/.
import { writeFileSync } from 'node:fs';
import { type CorpusDocument, readAttributionCorpus } from '../src/eval/attribution-corpus.js';
import type { GoldAttribution } from '../src/eval/brat.js';
import { plainArticle } from '../src/ingest/plain.js';
import {
  AveragedPerceptron,
  encodeLinearModel,
  FeatureVector,
  seededRandom,
  shuffleInPlace,
} from '../src/ml/index.js';
import { buildPipeline, stagesUpTo } from '../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../src/pipeline/stages.js';
import { resourcePath } from '../src/resources.js';
import { type DocContext, docContext, type SentenceRange } from '../src/stages/attribution/context.js';
import { MODEL_LABELS } from '../src/stages/attribution/models.js';

/** One example: its feature keys and its label (1 = YES) per annotation file it is drawn from. */
export interface Example {
  keys: Uint32Array;
  labels: number[];
}

/** The texts of a PolNeAR-style directory with the token view the stage builds (POS and chunk tags included). */
export function* taggedCorpus(dir: string): Generator<{ doc: CorpusDocument; c: DocContext }> {
  const pipeline = buildPipeline(stagesUpTo(DEFAULT_STAGES, 'syntax'));
  for (const doc of readAttributionCorpus(dir)) {
    yield { doc, c: docContext(pipeline.run(plainArticle(doc.text, { format: 'text', path: doc.name }))) };
  }
}

/** A gold content that follows its cue: the cue's last token, the content's first token and the token
 * after its first piece, the sentence the content starts in, and how many pieces it has. */
export interface ContentAfterCue {
  cue: number;
  start: number;
  end: number;
  sentence: SentenceRange;
  pieces: number;
}

/** Every gold content after its cue in every annotation file of a text, in file order. */
export function* contentsAfterCues(doc: CorpusDocument, c: DocContext): Generator<ContentAfterCue> {
  const tokenAt = (offset: number): number => c.tokens.findIndex((t) => t.end > offset);
  const sentenceOf = new Int32Array(c.tokens.length);
  c.sentences.forEach((s, si) => {
    sentenceOf.fill(si, s.first, s.last);
  });
  for (const gold of doc.annotations) {
    for (const a of gold) {
      if (!a.cue || a.cue[a.cue.length - 1].end > a.content[0].start) continue;
      const start = tokenAt(a.content[0].start);
      const cue = tokenAt(a.cue[a.cue.length - 1].end - 1);
      if (start < 0 || cue < 0) continue;
      let end = start;
      while (end < c.tokens.length && c.tokens[end].start < a.content[0].end) end++;
      yield { cue, start, end, sentence: c.sentences[sentenceOf[start]], pieces: a.content.length };
    }
  }
}

/** The keys of a filled feature vector, copied. */
export const keysOf = (fv: FeatureVector): Uint32Array => fv.keys.slice(0, fv.count);

/**
 * The content-boundary trainers' main: for every gold content after its cue in the texts of the
 * directory on the command line (default train), `draw` adds examples (the features it put in `fv`,
 * a label); then trains for the epochs on the command line (default 5) and writes models/`file`.
 */
export function trainOnContentsAfterCues(
  file: string,
  featuresVersion: number,
  draw: (c: DocContext, x: ContentAfterCue, fv: FeatureVector, add: (label: number) => void) => void,
): void {
  const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
  const epochs = Number(process.argv[3] ?? 5);
  const examples: Example[] = [];
  const fv = new FeatureVector();
  const add = (label: number): void => {
    examples.push({ keys: keysOf(fv), labels: [label] });
  };
  for (const { doc, c } of taggedCorpus(dir)) {
    for (const x of contentsAfterCues(doc, c)) draw(c, x, fv, add);
  }
  trainAndWrite(examples, epochs, file, featuresVersion);
}

/** For each annotation file of a text, the gold attribution whose cue touches the offsets, if any. */
export function goldTouchingCue(doc: CorpusDocument, start: number, end: number): GoldAttribution[] {
  const found: GoldAttribution[] = [];
  for (const gold of doc.annotations) {
    const a = gold.find((g) => g.cue?.some((f) => f.start < end && start < f.end));
    if (a) found.push(a);
  }
  return found;
}

/**
 * The trainers' main over whole texts: `draw` visits every text of the directory on the command line
 * (default train) and adds examples (the features it put in `fv`, a label per annotation file); then
 * trains for the epochs on the command line (default 5) and writes models/`file`.
 */
export function trainOnTexts(
  file: string,
  featuresVersion: number,
  draw: (doc: CorpusDocument, c: DocContext, fv: FeatureVector, add: (labels: number[]) => void) => void,
): void {
  const dir = process.argv[2] ?? '/work/shared/data/polnear/train';
  const epochs = Number(process.argv[3] ?? 5);
  const examples: Example[] = [];
  const fv = new FeatureVector();
  const add = (labels: number[]): void => {
    examples.push({ keys: keysOf(fv), labels });
  };
  for (const { doc, c } of taggedCorpus(dir)) draw(doc, c, fv, add);
  trainAndWrite(examples, epochs, file, featuresVersion);
}

/** Trains for `epochs` passes (seeded, so retraining gives the same file) and writes models/`file`. */
export function trainAndWrite(
  examples: Example[],
  epochs: number,
  file: string,
  featuresVersion: number,
): void {
  const perceptron = new AveragedPerceptron(MODEL_LABELS);
  const fv = new FeatureVector();
  const scores = new Float64Array(2);
  const random = seededRandom(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(examples, random);
    let errors = 0;
    let seen = 0;
    for (const x of examples) {
      fv.clear();
      for (const k of x.keys) fv.keys[fv.count++] = k;
      for (const truth of x.labels) {
        perceptron.tick();
        perceptron.score(fv, scores);
        const guess = scores[1] > scores[0] ? 1 : 0;
        if (guess !== truth) errors++;
        seen++;
        perceptron.update(truth, guess, fv);
      }
    }
    console.error(
      `epoch ${epoch + 1}: ${examples.length} examples, error rate ${(errors / seen).toFixed(4)}`,
    );
  }
  writeModel(perceptron, epochs, file, featuresVersion);
}

/** Writes the perceptron's averaged weights to models/`file`, with the feature version and epochs. */
export function writeModel(
  perceptron: AveragedPerceptron,
  epochs: number,
  file: string,
  featuresVersion: number,
): void {
  const out = resourcePath('models', file);
  writeFileSync(out, encodeLinearModel(perceptron.freeze(), { features: featuresVersion, epochs }));
  console.error(`wrote ${out}`);
}
