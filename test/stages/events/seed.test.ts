// The seed article's events (DESIGN.md's table), through the whole default pipeline.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Event } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';
import { describeShared, SEED } from '../../support/shared.js';

describeShared('events of the seed article', () => {
  it('codes the reported events, each with its evidence', () => {
    const article = plainArticle(readFileSync(SEED, 'utf8'), { format: 'text' });
    article.published = { value: '2023-07-29', how: 'given' };
    const doc = buildPipeline(DEFAULT_STAGES).run(article);
    const events = doc.events ?? [];
    const codes = (e: Event, side: 'source' | 'target') => e[side]?.codes ?? (e[side] ? [e[side].code] : []);
    const find = (trigger: string) =>
      events.find(
        (e) => e.trigger.text === trigger && doc.text.slice(e.trigger.start, e.trigger.end) === trigger,
      );

    // Kim's meeting with the Chinese delegation, and the reception on Friday
    const meeting = events.find((e) => e.trigger.text === 'held' && e.type === 'CONSULT');
    expect(meeting?.cameo.slice(0, 2)).toBe('04');
    expect(meeting?.source?.code.slice(0, 3)).toBe('PRK');
    expect(meeting?.target?.code.slice(0, 3)).toBe('CHN');
    const welcome = find('welcomed');
    expect(welcome).toMatchObject({
      type: 'CONSULT',
      cameo: '043',
      time: { value: '2023-07-28' },
    });
    expect(welcome?.source?.code.slice(0, 3)).toBe('PRK');

    // the parade on Thursday in Pyongyang: a show of force
    const parade = find('reviewed');
    expect(parade?.cameo.slice(0, 2)).toBe('15');
    expect(parade?.time?.value).toBe('2023-07-27');
    expect(parade?.location?.text).toBe('Pyongyang');
    // "between the two countries": Kim's pledge is to China, not to his own country as well
    const pledge = find('pledged');
    expect(pledge && codes(pledge, 'target')).toEqual(['CHN']);
    // "they" = "Chinese and Russian officials": both reviewed the parade
    expect(parade && codes(parade, 'source').sort()).toEqual(['CHNGOV', 'RUSGOV']);

    // Russia and China oppose US-led sanctions: one event, two sources
    const opposed = find('opposed');
    expect(['REJECT', 'ACCUSE']).toContain(opposed?.type);
    expect(opposed && codes(opposed, 'source').map((c) => c.slice(0, 3))).toEqual(['RUS', 'CHN']);
    expect(opposed?.target?.code.slice(0, 3)).toBe('USA');

    // the US–South Korean anti-submarine exercises off Jeju on Saturday
    const drills = events.find((e) => e.cameo.startsWith('15') && e.location?.text === 'Jeju');
    expect(drills && codes(drills, 'source')).toEqual(['USAMIL', 'KORMIL']);
    expect(drills?.time?.value).toBe('2023-07-29');

    // USS Annapolis arrived in South Korea
    const arrival = find('arrived');
    expect(arrival?.source?.code).toBe('USAMIL');
    expect(arrival?.location?.text).toBe('South Korea');

    // nothing invented: no violence, coercion, sanctions, threats or protests; every event has a source
    expect(
      events.filter((e) => ['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'PROTEST'].includes(e.type)),
    ).toEqual([]);
    expect(events.every((e) => e.source !== null)).toBe(true);
    expect(events.length).toBeLessThanOrEqual(14);
  });
});
