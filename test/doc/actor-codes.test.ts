import { describe, expect, it } from 'vitest';
import { actorCodes } from '../../src/doc/actor-codes.js';

describe('actorCodes', () => {
  it('gives the first code first, then the coordinated ones, each once', () => {
    expect(actorCodes({ code: 'RUS', codes: ['RUS', 'CHN', 'CHN'], entities: [] })).toEqual(['RUS', 'CHN']);
    expect(actorCodes({ code: 'USAMIL', entities: [] })).toEqual(['USAMIL']);
    expect(actorCodes(null)).toEqual([]);
  });
});
