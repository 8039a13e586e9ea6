import { describe, expect, it } from 'vitest';
import { cameoInfo, ploverTypes } from '../../src/knowledge/events-codebook.js';
import { readPloverGold } from '../../src/knowledge/plover-gold-events.js';
import { ploverBucket } from '../../src/knowledge/plover-split.js';
import { describeShared, sharedPath } from '../support/shared.js';

describe('compiled event codebook', () => {
  it('maps CAMEO codes to PLOVER type, mode, Goldstein and QuadClass', () => {
    expect(cameoInfo('043')).toMatchObject({ plover: 'CONSULT', mode: 'visit', quad: 1 });
    expect(cameoInfo('1312')).toMatchObject({ plover: 'THREATEN', mode: 'restrict', quad: 3 });
    expect(cameoInfo('190')).toMatchObject({ plover: 'ASSAULT', goldstein: -10, quad: 4 });
    expect(cameoInfo('0841')).toMatchObject({ plover: 'RETREAT', mode: 'release', quad: 2 });
  });
  it('has no PLOVER type for CAMEO statements; appeals are REQUEST as in the current codebook', () => {
    expect(cameoInfo('010')?.plover).toBeNull();
    expect(cameoInfo('020')?.plover).toBe('REQUEST');
    expect(cameoInfo('0241')).toMatchObject({ plover: 'REQUEST', mode: 'change' });
  });
  it('lists the 16 current PLOVER types', () => {
    expect(Object.keys(ploverTypes()).sort()).toHaveLength(16);
    expect(ploverTypes().REQUEST.modes).toHaveProperty('assist');
  });
});

describe('PLOVER split', () => {
  it('buckets ids deterministically into 0–99', () => {
    expect(ploverBucket('PLOVER-GSR01-AGREE-0001')).toBe(ploverBucket('PLOVER-GSR01-AGREE-0001'));
    for (const id of ['a', 'b', 'PLOVER-GSR01-FIGHT-0003']) {
      expect(ploverBucket(id)).toBeGreaterThanOrEqual(0);
      expect(ploverBucket(id)).toBeLessThan(100);
    }
  });
});

describeShared('PLOVER gold records', () => {
  it('maps v0.5b1 labels to the current ontology', () => {
    const records = readPloverGold(sharedPath('data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt'));
    expect(records).toHaveLength(322);
    const types = new Set(records.map((r) => r.type));
    for (const old of ['DEMAND', 'DISAPPROVE', 'INVESTIGATE', 'FIGHT']) expect(types.has(old)).toBe(false);
    expect(records.find((r) => r.oldType === 'DEMAND')?.type).toBe('REQUEST');
    expect(records.find((r) => r.oldType === 'INVESTIGATE')).toMatchObject({
      type: 'ACCUSE',
      mode: 'investigate',
    });
    expect(records.find((r) => r.oldType === 'FIGHT')).toMatchObject({ type: 'ASSAULT', cameoRoots: ['19'] });
    // the legacy country codes are read as ISO codes, as the actors evaluation reads them
    const countries = new Set(records.flatMap((r) => [...r.source, ...r.target].map((a) => a.country)));
    for (const legacy of ['JAP', 'ITL', 'VTN']) expect(countries.has(legacy)).toBe(false);
    expect(countries.has('JPN')).toBe(true);
  });
});
