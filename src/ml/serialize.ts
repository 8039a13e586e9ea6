// Compact, deterministic binary form of a LinearModel, with a JSON header for metadata:
//   "DLLM" · format version (u8) · header length (u32) · header JSON · gzip(body)
// where body = feature keys as varint deltas · row lengths (u8) · pair labels (u8) · pair weights
// quantized to int16 against one scale (the largest |weight| maps to 32767). Quantization changes
// scores by at most 1/65534 of the largest weight, far below the gaps decisions are made on.
import { gunzipSync, gzipSync } from 'node:zlib';
import { LinearModel } from './linear-model.js';

const MAGIC = 'DLLM';
const FORMAT = 1;

export interface SerializedHeader {
  labels: string[];
  features: number;
  pairs: number;
  scale: number;
  /** Free-form description of the model: what it was trained on, how, its scores. */
  meta: Record<string, unknown>;
}

export function encodeLinearModel(model: LinearModel, meta: Record<string, unknown>): Buffer {
  const { keys, rowStart, pairLabels, pairWeights, labels } = model.data;
  let maxAbs = 0;
  for (const w of pairWeights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs === 0 ? 1 : maxAbs / 32767;

  const varints: number[] = [];
  let previous = 0;
  for (const key of keys) {
    let delta = key - previous;
    previous = key;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    varints.push(delta);
  }
  const lengths = new Uint8Array(keys.length);
  for (let f = 0; f < keys.length; f++) lengths[f] = rowStart[f + 1] - rowStart[f];
  const weights = new Int16Array(pairWeights.length);
  for (let p = 0; p < pairWeights.length; p++) weights[p] = Math.round(pairWeights[p] / scale);
  const body = Buffer.concat([
    Buffer.from(varints),
    Buffer.from(lengths),
    Buffer.from(pairLabels),
    Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
  ]);

  const header: SerializedHeader = {
    labels: [...labels],
    features: keys.length,
    pairs: pairWeights.length,
    scale,
    meta,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(9);
  prefix.write(MAGIC, 0, 'ascii');
  prefix.writeUInt8(FORMAT, 4);
  prefix.writeUInt32LE(headerBytes.length, 5);
  return Buffer.concat([prefix, headerBytes, gzipSync(body, { level: 9 })]);
}

export function decodeLinearModel(bytes: Uint8Array): { model: LinearModel; header: SerializedHeader } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a Dateline linear model (bad magic)');
  const format = buf.readUInt8(4);
  if (format !== FORMAT) throw new Error(`unsupported linear model format ${format} (expected ${FORMAT})`);
  const headerLength = buf.readUInt32LE(5);
  const header = JSON.parse(buf.toString('utf8', 9, 9 + headerLength)) as SerializedHeader;
  const body = gunzipSync(buf.subarray(9 + headerLength));

  const n = header.features;
  const keys = new Uint32Array(n);
  let at = 0;
  let previous = 0;
  for (let f = 0; f < n; f++) {
    let delta = 0;
    let factor = 1;
    for (;;) {
      const byte = body[at++];
      delta += (byte & 0x7f) * factor;
      if (byte < 0x80) break;
      factor *= 128;
    }
    previous += delta;
    keys[f] = previous;
  }
  const rowStart = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) rowStart[f + 1] = rowStart[f] + body[at++];
  const pairLabels = new Uint8Array(body.subarray(at, at + header.pairs));
  at += header.pairs;
  const pairWeights = new Float32Array(header.pairs);
  for (let p = 0; p < header.pairs; p++, at += 2) pairWeights[p] = body.readInt16LE(at) * header.scale;

  const model = new LinearModel({ labels: header.labels, keys, rowStart, pairLabels, pairWeights });
  return { model, header };
}
