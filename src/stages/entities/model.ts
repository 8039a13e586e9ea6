// The NER model file (models/ner.bin): a JSON header, then for each pass its feature names
// (newline-separated UTF-8), padding to 4 bytes, and its weights (float32, little-endian), one row
// of LABEL_COUNT per feature.
// Written by tools/train-ner.ts, read once per process.
import { readFileSync } from 'node:fs';
import { resourcePath } from '../../resources.js';
import type { FeatureFamily } from './features.js';
import { LABEL_COUNT, LABELS } from './labels.js';

export const MODEL_FORMAT = 'dateline-ner';
export const MODEL_FILE = ['models', 'ner.bin'];

/** One pass of the tagger: a linear model over token features plus label transitions. */
export interface PassModel {
  readonly families: readonly FeatureFamily[];
  readonly features: ReadonlyMap<string, number>;
  /** features × LABEL_COUNT */
  readonly weights: Float32Array;
  /** (LABEL_COUNT + 1)²: row/column LABEL_COUNT is the sentence boundary */
  readonly transitions: Float32Array;
}

export interface NerModel {
  readonly version: string;
  readonly passes: readonly PassModel[];
  readonly info: Record<string, unknown>;
}

interface PassHeader {
  families: FeatureFamily[];
  featureCount: number;
  featureBytes: number;
  transitions: number[];
}

interface Header {
  format: string;
  version: string;
  labels: string[];
  passes: PassHeader[];
  info: Record<string, unknown>;
}

/** Bytes that bring `length` to a multiple of 4 (weights are read as an aligned Float32Array). */
const padding = (length: number) => (4 - (length % 4)) % 4;

export function encodeModel(model: NerModel): Buffer {
  const blocks: Buffer[] = [];
  const passes: PassHeader[] = model.passes.map((pass) => {
    const names = [...pass.features.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    const text = Buffer.from(names.join('\n'), 'utf8');
    const floats = Float32Array.from(pass.weights);
    blocks.push(text, Buffer.alloc(padding(text.length)), Buffer.from(floats.buffer));
    return {
      families: [...pass.families],
      featureCount: names.length,
      featureBytes: text.length,
      transitions: [...pass.transitions].map((t) => (Number.isFinite(t) ? t : -1e9)),
    };
  });
  const header: Header = {
    format: MODEL_FORMAT,
    version: model.version,
    labels: [...LABELS],
    passes,
    info: model.info,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length + padding(json.length));
  return Buffer.concat([length, json, Buffer.alloc(padding(json.length), 32), ...blocks]);
}

export function decodeModel(bytes: Buffer): NerModel {
  const headerLength = bytes.readUInt32LE(0);
  const header: Header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength));
  if (header.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model`);
  if (header.labels.join() !== LABELS.join()) throw new Error('model labels differ from the code');
  let offset = 4 + headerLength;
  const passes = header.passes.map((p): PassModel => {
    const names = bytes.toString('utf8', offset, offset + p.featureBytes).split('\n');
    offset += p.featureBytes + padding(p.featureBytes);
    const features = new Map<string, number>();
    for (let k = 0; k < names.length; k++) features.set(names[k], k);
    const count = p.featureCount * LABEL_COUNT;
    // A copy, so the array is aligned whatever the file buffer's alignment in memory.
    const weights = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + count * 4),
    );
    offset += count * 4;
    return {
      families: p.families,
      features,
      weights,
      transitions: Float32Array.from(p.transitions),
    };
  });
  return { version: header.version, passes, info: header.info };
}

let loaded: NerModel | undefined;

/** The committed model, loaded on first use. */
export function nerModel(): NerModel {
  loaded ??= decodeModel(readFileSync(resourcePath(...MODEL_FILE)));
  return loaded;
}
