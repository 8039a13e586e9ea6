import { describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../../src/export/events/gdelt.js';
import { EVENT_EXPORTS, type ExportedEvent } from '../../src/export/events/index.js';
import { findEvents } from '../../src/stages/events/index.js';
import { analysed } from '../stages/events/doc.js';

function exported(): ExportedEvent[] {
  const doc = analysed(
    'Russia and China opposed the sanctions against Iran, the "toughest" yet. Iran, too, met Iraq.',
    {
      actors: [
        ['Russia', 'RUS'],
        ['China', 'CHN'],
        ['Iran', 'IRN'],
        ['Iraq', 'IRQ'],
      ],
      published: '2023-07-29',
    },
  );
  const article = {
    title: 'Sanctions',
    published: '2023-07-29',
    publisher: 'Web Desk',
    url: 'https://example.org/a',
  };
  return findEvents(doc, { anchor: '2023-07-29', options: {} }, {}).map((event, index) => ({
    articleId: doc.id,
    index,
    date: event.time?.value ?? null,
    event,
    article,
    doc,
  }));
}

describe('event exports', () => {
  it('writes one CSV row per event, quoting fields that need it', () => {
    const csv = EVENT_EXPORTS.csv(exported()).trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0].split(',').slice(0, 4)).toEqual(['article_id', 'index', 'date', 'type']);
    expect(csv[1]).toContain(',REJECT,');
    expect(csv[1]).toContain(',RUS;CHN,Russia;China,');
  });

  it('fills the GDELT 2.0 columns it can, tab-separated, every row as wide as the header', () => {
    const lines = EVENT_EXPORTS.gdelt(exported()).trimEnd().split('\n');
    expect(lines[0].split('\t')).toEqual(GDELT_COLUMNS);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const row = Object.fromEntries(lines[1].split('\t').map((v, i) => [GDELT_COLUMNS[i], v]));
    expect(row).toMatchObject({
      SQLDATE: '20230729',
      Actor1Code: 'RUS',
      Actor1Name: 'RUSSIA',
      Actor2Code: 'IRN',
      EventRootCode: '12',
      QuadClass: '3',
      SOURCEURL: 'https://example.org/a',
    });
    for (const line of lines) expect(line.split('\t')).toHaveLength(61);
  });

  it('writes PLOVER JSON records with compound actors and the sentence', () => {
    const [first] = EVENT_EXPORTS.plover(exported())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      event: 'REJECT',
      source: [
        { actorText: 'Russia', code: 'RUS' },
        { actorText: 'China', code: 'CHN' },
      ],
      target: [{ actorText: 'Iran', code: 'IRN' }],
      eventText: 'opposed',
      date: '2023-07-29',
    });
    expect(first.text).toContain('Russia and China opposed');
  });

  it('prints a table and JSON lines without the loaded analysis', () => {
    const table = EVENT_EXPORTS.table(exported()).split('\n');
    expect(table[0]).toMatch(/^date\s+type\s+cameo/);
    expect(table[1]).toContain('RUS (Russia) + CHN (China)');
    const json = EVENT_EXPORTS.json(exported())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(json[0].doc).toBeUndefined();
    expect(json[1].event.type).toBe('CONSULT');
  });
});
