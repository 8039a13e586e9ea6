import { expect, it } from 'vitest';
import { evaluateEvents } from '../../src/eval/events.js';
import { readPloverGold } from '../../src/knowledge/plover-gold-events.js';
import { ploverBucket } from '../../src/knowledge/plover-split.js';
import { describeShared, sharedPath } from '../support/shared.js';

describeShared('dateline eval events (dev part of the PLOVER gold records)', () => {
  const records = readPloverGold(sharedPath('data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt')).filter(
    (r) => {
      const bucket = ploverBucket(r.id);
      return bucket >= 50 && bucket < 70;
    },
  );
  it('codes the PLOVER type and CAMEO root of most dev sentences', () => {
    const scores = evaluateEvents(records, 'patterns');
    expect(scores.records).toBe(65);
    expect(scores.typeAccuracy).toBeGreaterThanOrEqual(0.55);
    expect(scores.cameoRootAccuracy).toBeGreaterThanOrEqual(0.55);
    expect(scores.noEvent).toBeLessThanOrEqual(5);
  });
});
