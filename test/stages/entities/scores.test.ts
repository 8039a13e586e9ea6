// The tagger's cached scoring (word rows, pair index) gives every token the same label scores as
// summing the weights of its features by name, as training does.
import { describe, expect, it } from 'vitest';
import { addRow } from '../../../src/stages/entities/decode.js';
import { documentContext, prepareSentence, tokenFeatures } from '../../../src/stages/entities/features.js';
import { LABEL_COUNT } from '../../../src/stages/entities/labels.js';
import { nerModel } from '../../../src/stages/entities/model.js';
import { scoreSentence } from '../../../src/stages/entities/scores.js';
import { decodeSentence, resourcesFor, secondPassContext } from '../../../src/stages/entities/tagger.js';

const text = [
  'NORTH KOREA FIRES MISSILE OVER JAPAN',
  'North Korea fired a missile over Japan on Tuesday , Seoul said .',
  'The a|b token and the shares of Magna International Inc rose .',
  'Magna said Julius Nyerere met Magna in Dar es Salaam .',
  'Reuters',
];

describe('scoreSentence', () => {
  const model = nerModel();
  const all = resourcesFor(model.passes.flatMap((p) => p.families));
  const prepared = text.map((line) => prepareSentence(line.split(' '), all));
  const context = documentContext(prepared);

  model.passes.forEach((pass, k) => {
    it(`matches the features summed by name (pass ${k + 1})`, () => {
      const resources = resourcesFor(pass.families);
      const firstLabels = prepared.map((s) => decodeSentence(s, context, model.passes[0], resources));
      const doc = k === 0 ? context : secondPassContext(context, prepared, firstLabels);
      // twice, so the second round reads the words' cached rows
      for (let round = 0; round < 2; round++) {
        for (const s of prepared) {
          const n = s.words.length;
          const scores = scoreSentence(s, doc, pass, resources).slice(0, n * LABEL_COUNT);
          const expected = new Float32Array(n * LABEL_COUNT);
          for (let i = 0; i < n; i++) {
            tokenFeatures(s, i, doc, resources, (name) => {
              const id = pass.features.get(name);
              if (id !== undefined) addRow(expected, i, pass.weights, id);
            });
          }
          for (let j = 0; j < expected.length; j++) expect(scores[j]).toBeCloseTo(expected[j], 4);
        }
      }
    });
  });
});
