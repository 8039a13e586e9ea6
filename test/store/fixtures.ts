// Analyzed articles written by hand, with every layer of the contract filled, for the store suite.
import type { AnalyzedArticle, Event } from '../../src/doc/schema.js';
import { span } from '../../src/doc/span.js';
import { plainArticle } from '../../src/ingest/plain.js';
import { segmentStage } from '../../src/stages/segment/index.js';

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
function find(text: string, needle: string, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in text`);
  }
  return span(text, at, at + needle.length);
}

function base(text: string, fields: Partial<AnalyzedArticle>, id: string): AnalyzedArticle {
  const article = { ...plainArticle(text, { format: 'text', path: `${id}.txt` }, `sha256:${id}`), ...fields };
  return { ...article, ...segmentStage.run(article, { anchor: null, options: {} }) };
}

const summitText =
  'The leaders of France and Germany met in Geneva on Monday to discuss a ceasefire. ' +
  'France said the talks were useful.';

export const summit: AnalyzedArticle = (() => {
  const t = summitText;
  const doc = base(
    t,
    {
      title: 'France and Germany meet in Geneva',
      publisher: 'Example Wire',
      published: { value: '2024-03-05', how: 'metadata' },
      source: { format: 'html', url: 'https://example.org/summit', path: 'summit.html' },
      captions: [{ text: 'The French delegation arrives in Geneva.', credit: 'AP' }],
    },
    'a1',
  );
  const mentions = [
    { ...find(t, 'France'), type: 'LOC' as const, subtype: 'GPE', entity: 'e1' },
    { ...find(t, 'Germany'), type: 'LOC' as const, subtype: 'GPE', entity: 'e2' },
    { ...find(t, 'Geneva'), type: 'LOC' as const, entity: 'e3' },
    { ...find(t, 'France', 1), type: 'LOC' as const, subtype: 'GPE', entity: 'e1' },
  ];
  const event: Event = {
    type: 'CONSULT',
    mode: 'meet',
    cameo: '043',
    goldstein: 2.8,
    quad: 1,
    source: { code: 'FRAGOV', entities: ['e1'] },
    target: { code: 'DEUGOV', entities: ['e2'] },
    trigger: find(t, 'met'),
    sentence: 0,
    time: { value: '2024-03-04', timex: 0, inferred: true },
    location: { ...find(t, 'Geneva'), entity: 'e3' },
    modality: 'asserted',
    negated: false,
    confidence: 0.9,
  };
  return {
    ...doc,
    mentions,
    entities: [
      {
        id: 'e1',
        name: 'France',
        type: 'LOC',
        actor: { code: 'FRA', country: 'FRA', sector: '' },
        mentions: [0, 3],
      },
      {
        id: 'e2',
        name: 'Germany',
        type: 'LOC',
        actor: { code: 'DEU', country: 'DEU', sector: '' },
        mentions: [1],
      },
      { id: 'e3', name: 'Geneva', type: 'LOC', actor: null, mentions: [2] },
    ],
    timexes: [
      { ...find(t, 'Monday'), type: 'DATE', value: '2024-03-04', inferred: true, anchor: '2024-03-05' },
    ],
    attributions: [
      {
        kind: 'indirect',
        source: { ...find(t, 'France', 1), entity: 'e1' },
        cue: find(t, 'said'),
        content: find(t, 'the talks were useful'),
      },
    ],
    events: [event],
    captionMentions: [
      {
        ...find('The French delegation arrives in Geneva.', 'Geneva'),
        type: 'LOC',
        caption: 0,
        name: 'Geneva',
        actor: null,
        entity: 'e3',
      },
    ],
  };
})();

const protestText = 'Protesters in Lima demanded the resignation of the interior minister, police said.';

export const protest: AnalyzedArticle = (() => {
  const t = protestText;
  const doc = base(
    t,
    {
      title: 'Lima protest',
      publisher: 'Andes Daily',
      published: { value: '2024-04-10T08:30', how: 'given' },
    },
    'b2',
  );
  return {
    ...doc,
    mentions: [
      { ...find(t, 'Protesters'), type: 'ORG', entity: 'e1' },
      { ...find(t, 'Lima'), type: 'LOC', entity: 'e2' },
      { ...find(t, 'police'), type: 'ORG', entity: 'e3' },
    ],
    entities: [
      {
        id: 'e1',
        name: 'Protesters',
        type: 'ORG',
        actor: { code: 'PERCVL', country: 'PER', sector: 'CVL' },
        mentions: [0],
      },
      { id: 'e2', name: 'Lima', type: 'LOC', actor: null, mentions: [1] },
      {
        id: 'e3',
        name: 'police',
        type: 'ORG',
        actor: { code: 'PERCOP', country: 'PER', sector: 'COP' },
        mentions: [2],
      },
    ],
    timexes: [],
    attributions: [
      {
        kind: 'indirect',
        source: find(t, 'police'),
        cue: find(t, 'said'),
        content: find(t, 'Protesters in Lima demanded the resignation of the interior minister'),
      },
    ],
    events: [
      {
        type: 'DEMAND',
        cameo: '1041',
        goldstein: -5,
        quad: 3,
        source: { code: 'PERCVL', entities: ['e1'] },
        target: { code: 'PERGOV', entities: [] },
        trigger: find(t, 'demanded'),
        sentence: 0,
        time: null,
        location: find(t, 'Lima'),
        attribution: 0,
        modality: 'demanded',
        negated: false,
        confidence: 0.7,
      },
    ],
  };
})();

/** Only segmented (no later stage ran), no date, no publisher. */
export const bare: AnalyzedArticle = base('A short note about the weather in France.', { title: null }, 'c3');

/**
 * `n` copies of `protest` (distinct ids) with `events` copies of its event each: every fourth copy is
 * undated, the others are published on one of four days, so the event order has ties to break.
 */
export function protestCopies(n: number, events: number): AnalyzedArticle[] {
  const event = protest.events?.[0] as Event;
  return Array.from({ length: n }, (_, i) => ({
    ...protest,
    id: `sha256:copy${String((i * 37) % n).padStart(4, '0')}`,
    published:
      i % 4 === 3 ? { value: null, how: null } : { value: `2024-05-0${((i * 7) % 4) + 1}`, how: 'given' },
    events: Array.from({ length: events }, () => event),
  }));
}

const coordinatedText =
  'Russia and China opposed the sanctions that the United States and Britain announced.';

/** Coordinated actors on both sides: source RUS + CHN (+ RUSMIL, repeated RUSGOV), target USA + GBR. */
export const coordinated: AnalyzedArticle = (() => {
  const t = coordinatedText;
  const doc = base(t, { title: 'Sanctions opposed', published: { value: '2024-06-01', how: 'given' } }, 'd4');
  return {
    ...doc,
    events: [
      {
        type: 'REJECT',
        cameo: '120',
        goldstein: -4,
        quad: 3,
        source: { code: 'RUSGOV', codes: ['RUSGOV', 'CHNGOV', 'RUSGOV', 'RUSMIL'], entities: [] },
        target: { code: 'USA', codes: ['USA', 'GBR'], entities: [] },
        trigger: find(t, 'opposed'),
        sentence: 0,
        time: null,
        location: null,
        modality: 'asserted',
        negated: false,
        confidence: 0.8,
      },
    ],
  };
})();
