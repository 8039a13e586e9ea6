// Viterbi over BIOES: only well-formed sequences, and the transition weights as they are at the
// call (training changes them in place between calls).
import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/stages/entities/decode.js';
import { allowedTransition, LABEL_COUNT, LABELS } from '../../../src/stages/entities/labels.js';

const L = LABEL_COUNT;
const W = L + 1;
const id = (label: string) => LABELS.indexOf(label);

function transitionsOfBioes(): Float32Array {
  const t = new Float32Array(W * W);
  for (let a = 0; a < W; a++) {
    for (let b = 0; b < W; b++) {
      const ok = allowedTransition(a === L ? -1 : a, b === L ? -1 : b);
      t[a * W + b] = ok ? 0 : -1e9;
    }
  }
  return t;
}

/** Scores of two tokens that prefer the given labels. */
function scoresFor(...labels: string[]): Float32Array {
  const scores = new Float32Array(labels.length * L);
  labels.forEach((label, i) => {
    scores[i * L + id(label)] = 1;
  });
  return scores;
}

describe('viterbi', () => {
  it('never returns an ill-formed sequence', () => {
    // the scores alone would say I-PER then O, which BIOES forbids
    const labels = viterbi(scoresFor('I-PER', 'O'), 2, transitionsOfBioes()).map((l) => LABELS[l]);
    expect(labels).not.toEqual(['I-PER', 'O']);
    expect(allowedTransition(-1, id(labels[0]))).toBe(true);
    expect(allowedTransition(id(labels[0]), id(labels[1]))).toBe(true);
  });

  it('uses the transition weights as changed since the last call', () => {
    const transitions = transitionsOfBioes();
    const scores = scoresFor('S-PER', 'S-PER');
    expect(viterbi(scores, 2, transitions).map((l) => LABELS[l])).toEqual(['S-PER', 'S-PER']);
    transitions[id('S-PER') * W + id('S-PER')] = -5;
    expect(viterbi(scores, 2, transitions).map((l) => LABELS[l])).not.toEqual(['S-PER', 'S-PER']);
  });
});
