import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { analysed, tagged } from './doc.js';

const run = (doc: AnalyzedArticle) => findEvents(doc, { anchor: doc.published.value, options: {} });

describe('events stage', () => {
  it('codes a coordinated source as one event with both actors', () => {
    const doc = analysed('Russia and China opposed the new sanctions against Iran.', {
      actors: [
        ['Russia', 'RUS'],
        ['China', 'CHN'],
        ['Iran', 'IRN'],
      ],
    });
    const [event, ...rest] = run(doc);
    expect(rest).toEqual([]);
    expect(event.type).toBe('REJECT');
    expect(event.cameo.slice(0, 2)).toBe('12');
    expect(event.source).toEqual({ code: 'RUS', codes: ['RUS', 'CHN'], entities: ['e0', 'e1'] });
    expect(event.target?.code).toBe('IRN');
    expect(event.trigger.text).toBe('opposed');
  });

  it("reads a leader's title country as part of the leader, so that coordinated leaders are both sources", () => {
    const doc = analysed(
      'Zorvanian leader Ada Kell and Bulgarian President Boro Lint signed a trade treaty on Monday.',
      {
        actors: [
          ['Zorvanian', 'ZZZ'],
          ['Ada Kell', 'ZZZGOV'],
          ['Bulgarian', 'BGR'],
          ['Boro Lint', 'BGRGOV'],
        ],
      },
    );
    for (const m of doc.mentions ?? []) if (m.text === 'Ada Kell' || m.text === 'Boro Lint') m.type = 'PER';
    const [event] = run(doc);
    expect(event.source?.codes).toEqual(['ZZZGOV', 'BGRGOV']);
    // a country before a person with other words between is no title when the two differ
    const other = analysed('Bulgarian officials said Boro Lint signed a treaty.', {
      actors: [
        ['Bulgarian officials', 'BGRGOV'],
        ['Boro Lint', 'ZZZGOV'],
      ],
    });
    for (const m of other.mentions ?? []) if (m.text === 'Boro Lint') m.type = 'PER';
    expect(run(other)[0].source?.code).toBe('ZZZGOV');
    expect(run(other)[0].source?.codes).toBeUndefined();
  });

  it('takes the source of a passive from its by-phrase', () => {
    const doc = analysed('Sanctions were imposed on Iran by the United Nations.', {
      actors: [
        ['Iran', 'IRN'],
        ['United Nations', 'IGOUNO'],
      ],
    });
    const [event] = run(doc);
    expect(event.source?.code).toBe('IGOUNO');
    expect(event.target?.code).toBe('IRN');
    expect(['COERCE', 'SANCTION']).toContain(event.type);
  });

  it('marks a negated event', () => {
    const doc = analysed('Putin did not meet Xi in Beijing.', {
      actors: [
        ['Putin', 'RUSGOV'],
        ['Xi', 'CHNGOV'],
      ],
      places: ['Beijing'],
    });
    const [event] = run(doc);
    expect(event).toMatchObject({ type: 'CONSULT', negated: true, modality: 'asserted' });
    expect(event.location?.text).toBe('Beijing');
  });

  it('turns a pledge or a plan to cooperate into AGREE, and a threat of force into THREATEN', () => {
    const pledge = run(
      analysed('Iran pledged to release the British sailors.', {
        actors: [
          ['Iran', 'IRN'],
          ['British', 'GBR'],
        ],
      }),
    );
    expect(pledge.map((e) => [e.type, e.modality])).toEqual([['AGREE', 'pledged']]);
    const visit = run(
      analysed('Macron will visit China next month.', {
        actors: [
          ['Macron', 'FRAGOV'],
          ['China', 'CHN'],
        ],
      }),
    );
    expect(visit.map((e) => [e.type, e.cameo, e.modality])).toEqual([['AGREE', '036', 'intended']]);
    const threat = run(
      analysed('Moscow threatened to attack Kyiv.', {
        actors: [
          ['Moscow', 'RUSGOV'],
          ['Kyiv', 'UKRGOV'],
        ],
      }),
    );
    expect(threat.map((e) => [e.type, e.modality, e.source?.code, e.target?.code])).toEqual([
      ['THREATEN', 'threatened', 'RUSGOV', 'UKRGOV'],
    ]);
  });

  it('says which attribution reports an event inside a quote', () => {
    const text = '"Israel attacked our villages," the Lebanese minister said.';
    const doc = analysed(text, {
      actors: [
        ['Israel', 'ISR'],
        ['our villages', 'LBN'],
      ],
      quotes: [['Israel attacked our villages,', 'the Lebanese minister']],
    });
    const [event] = run(doc);
    expect(event.type).toBe('ASSAULT');
    expect(event.attribution).toBe(0);
  });

  it('records nothing for a sentence without an event, nor for an event without actors', () => {
    expect(run(analysed('The weather in Paris was mild on Monday.', { places: ['Paris'] }))).toEqual([]);
    expect(run(analysed('Talks were held.'))).toEqual([]);
  });

  it('reads studying a plan as weighing it (a statement), not as an investigation', () => {
    const doc = analysed('Russia studied the Chinese peace plan.', {
      actors: [
        ['Russia', 'RUS'],
        ['Chinese', 'CHN'],
      ],
    });
    expect(run(doc)).toEqual([]);
  });

  it('needs both sides for a verb coded only by its loose block default', () => {
    const one = analysed('Hamas attacked a checkpoint.', { actors: [['Hamas', 'PSEREB']] });
    expect(run(one)).toEqual([]);
    const both = analysed('Hamas attacked Israel.', {
      actors: [
        ['Hamas', 'PSEREB'],
        ['Israel', 'ISR'],
      ],
    });
    expect(run(both).map((e) => [e.type, e.source?.code, e.target?.code])).toEqual([
      ['ASSAULT', 'PSEREB', 'ISR'],
    ]);
  });

  it('dates an event by the timex of its clause, else by the publication date (inferred)', () => {
    const doc = analysed('Kim met Xi on Friday. Kim met Putin.', {
      actors: [
        ['Kim', 'PRKGOV'],
        ['Xi', 'CHNGOV'],
        ['Putin', 'RUSGOV'],
      ],
      timexes: [['Friday', '2023-07-28']],
      published: '2023-07-29',
    });
    const events = run(doc);
    expect(events.map((e) => e.time)).toEqual([
      { value: '2023-07-28', timex: 0, inferred: false },
      { value: '2023-07-29', inferred: true },
    ]);
  });

  it('merges reports of the same event into one with several evidence spans', () => {
    const doc = analysed('Kim met Xi in Beijing. Xi held talks with Kim. Kim also met Xi.', {
      actors: [
        ['Kim', 'PRKGOV'],
        ['Xi', 'CHNGOV'],
      ],
      published: '2023-07-29',
    });
    const events = run(doc);
    expect(events).toHaveLength(1);
    expect(events[0].evidence?.map((s) => s.text)).toEqual(['Xi held talks with Kim.', 'Kim also met Xi.']);
  });
  it("looks past the subject's own forces for the target", () => {
    const withdraw = run(
      analysed('Syria withdrew its troops from Lebanon.', {
        actors: [
          ['Syria', 'SYR'],
          ['its', 'SYR'],
          ['Lebanon', 'LBN'],
        ],
      }),
    );
    expect(withdraw.map((e) => [e.type, e.source?.code, e.target?.code])).toEqual([
      ['RETREAT', 'SYR', 'LBN'],
    ]);
  });
  it('takes the country an unnamed subject acts in as the source, and as the target when none is named', () => {
    const [riot] = run(
      analysed('Prisoners rioted at a jail in Freedonia on Monday.', { actors: [['Freedonia', 'FRD']] }),
    );
    expect(riot.type).toBe('PROTEST');
    expect(riot.source).toMatchObject({ code: 'FRD', inferred: true });
    expect(riot.target).toMatchObject({ code: 'FRD', inferred: true });
    const [attack] = run(
      analysed('Gunmen abducted a convoy of Sylvanian troops in Freedonia.', {
        actors: [
          ['Sylvanian troops', 'SYLMIL'],
          ['Freedonia', 'FRD'],
        ],
      }),
    );
    expect(attack.source).toMatchObject({ code: 'FRD', inferred: true });
    expect(attack.target?.code).toBe('SYLMIL');
    expect(attack.target?.inferred).toBeUndefined();
  });

  it('infers the own government as the target of a protest that names none, and says so', () => {
    const [event] = run(
      analysed('Chilean students staged a demonstration in Santiago.', {
        actors: [['Chilean students', 'CHLEDU']],
      }),
    );
    expect(event.type).toBe('PROTEST');
    expect(event.target).toEqual({ code: 'CHLGOV', entities: [], inferred: true });
    // so is a demand made within one country
    const [demand] = run(
      analysed('Chilean students demanded new elections.', { actors: [['Chilean students', 'CHLEDU']] }),
    );
    expect(demand.type).toBe('REQUEST');
    expect(demand.target).toEqual({ code: 'CHLGOV', entities: [], inferred: true });
    // a target the text names is kept
    const [named] = run(
      analysed('Chilean students protested against Argentina.', {
        actors: [
          ['Chilean students', 'CHLEDU'],
          ['Argentina', 'ARG'],
        ],
      }),
    );
    expect(named.target).toMatchObject({ code: 'ARG' });
    expect(named.target?.inferred).toBeUndefined();
    // a government is not inferred to protest against itself
    const [own] = run(
      analysed('The Chilean government staged a demonstration in Santiago.', {
        actors: [['Chilean government', 'CHLGOV']],
      }),
    );
    expect(own.target).toBeNull();
  });
  it('codes "X said that Y must …" as X\'s demand on Y, whatever the verb', () => {
    const doc = analysed('Peru declared on Monday that Chile must drop its tariffs.', {
      actors: [
        ['Peru', 'PER'],
        ['Chile', 'CHL'],
      ],
    });
    const tags = ['NNP', 'VBD', 'IN', 'NNP', 'IN', 'NNP', 'MD', 'VB', 'PRP$', 'NNS', '.'];
    for (const [i, t] of (doc.tokens ?? []).entries()) t.pos = tags[i];
    const [event, ...rest] = run(doc);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ type: 'REQUEST', cameo: '100', modality: 'demanded' });
    expect([event.source?.code, event.target?.code, event.trigger.text]).toEqual(['PER', 'CHL', 'drop']);
  });
  it('finds the subject through a noun appositive, an acronym in parentheses, or the place it is in', () => {
    const appositive = run(
      analysed('Pakistan, a close ally of the United States, refused to deploy troops in Iraq.', {
        actors: [
          ['Pakistan', 'PAK'],
          ['United States', 'USA'],
          ['Iraq', 'IRQ'],
        ],
      }),
    );
    expect(appositive[0].source?.code).toBe('PAK');
    // a list's appositive ("…, all close U.S. allies,") describes the whole list
    const listed = run(
      analysed('Velor, Ostland and Zorvania, all close allies of the United States, condemned Iraq.', {
        actors: [
          ['Velor', 'VEL'],
          ['Ostland', 'OST'],
          ['Zorvania', 'ZZZ'],
          ['United States', 'USA'],
          ['Iraq', 'IRQ'],
        ],
      }),
    );
    expect(listed[0].source?.codes).toEqual(['VEL', 'OST', 'ZZZ']);
    expect(listed[0].target?.code).toBe('IRQ');
    const acronym = run(
      analysed("The Serbian Workers' Union (SSS) demanded higher wages from Belgrade.", {
        actors: [
          ["Serbian Workers' Union", 'SRBLAB'],
          ['Belgrade', 'SRBGOV'],
        ],
      }),
    );
    expect(acronym[0].source?.code).toBe('SRBLAB');
    const place = run(
      analysed('Opposition groups in Zimbabwe are demanding that the president resign.', {
        actors: [['Zimbabwe', 'ZWE']],
      }),
    );
    expect(place[0]).toMatchObject({ type: 'REQUEST', source: { code: 'ZWE' } });
  });
  it('takes the place of a framed event as its target when nothing else is', () => {
    const [event] = run(
      analysed('France is ready to contribute troops to the peacekeepers in Liberia.', {
        actors: [
          ['France', 'FRA'],
          ['Liberia', 'LBR'],
        ],
      }),
    );
    expect([event.type, event.source?.code, event.target?.code]).toEqual(['AGREE', 'FRA', 'LBR']);
  });

  it('codes sending forces with no recipient as a deployment, with one as military cooperation', () => {
    const alone = analysed('Taiwan sent naval and air forces to respond.', { actors: [['Taiwan', 'TWN']] });
    expect(run(alone).map((e) => [e.type, e.cameo])).toEqual([['MOBILIZE', '154']]);
    const partner = analysed('Russia sent forces to Syria.', {
      actors: [
        ['Russia', 'RUS'],
        ['Syria', 'SYR'],
      ],
    });
    expect(run(partner).map((e) => [e.type, e.cameo, e.target?.code])).toEqual([['COOPERATE', '062', 'SYR']]);
  });

  it('takes the actor of an earlier event done to the source as the target of its reply that names none', () => {
    const doc = analysed('The Chinese army held drills around Taiwan. Taiwan condemned the provocations.', {
      actors: [
        ['The Chinese army', 'CHNMIL'],
        ['Taiwan', 'TWN'],
      ],
    });
    const reply = run(doc).find((e) => e.type === 'ACCUSE');
    expect(reply?.target).toEqual({ code: 'CHNMIL', entities: ['e0'], inferred: true });
    const alone = analysed('Taiwan condemned the provocations.', { actors: [['Taiwan', 'TWN']] });
    expect(run(alone).map((e) => e.target)).toEqual([null]);
  });
});

describe('the place of a meeting of several countries', () => {
  const marks = {
    actors: [
      ['Velor', 'VEL'],
      ['Ostland', 'OST'],
      ['Geneva', 'CHE'],
    ] as [string, string][],
  };
  it('hosts the meeting: it is no target', () => {
    const [event] = run(analysed('Velor and Ostland held talks in Geneva.', marks));
    expect(event.type).toBe('CONSULT');
    expect(event.source?.codes).toEqual(['VEL', 'OST']);
    expect(event.target).toBeNull();
  });
  it('is still the target of one country meeting there', () => {
    const [event] = run(analysed('Velor held talks in Geneva.', marks));
    expect(event.target?.code).toBe('CHE');
  });
});

describe('coordination by "along with", "together with", "as well as"', () => {
  const actors: [string, string][] = [
    ['Velor', 'VEL'],
    ['Ostland', 'OST'],
    ['Zorvania', 'ZZZ'],
  ];
  it.each([
    'Velor, along with Ostland, condemned Zorvania.',
    'Velor, together with Ostland, condemned Zorvania.',
    'Velor as well as Ostland condemned Zorvania.',
  ])('joins both sources: %s', (text) => {
    const [event] = run(analysed(text, { actors }));
    expect(event.source?.codes).toEqual(['VEL', 'OST']);
    expect(event.target?.code).toBe('ZZZ');
  });
});

describe('a demand on an actor named by a longer phrase', () => {
  const actors: [string, string][] = [
    ['Velor', 'VEL'],
    ['Ostland', 'OST'],
  ];
  it.each([
    "Velor urged Ostland's prime minister to withdraw the troops.",
    'Velor asked Ostland to withdraw the troops.',
  ])('is a request of the framer to the actor asked: %s', (text) => {
    const [event, ...rest] = run(analysed(text, { actors }));
    expect(rest).toEqual([]);
    expect(event.type).toBe('REQUEST');
    expect(event.source?.code).toBe('VEL');
    expect(event.target?.code).toBe('OST');
  });
});

describe('"at" right after the verb', () => {
  it('names what the verb aims at, not a place', () => {
    const actors: [string, string][] = [
      ['Velor', 'VEL'],
      ['Ostland', 'OST'],
      ['Zorvania', 'ZZZ'],
    ];
    const [event] = run(analysed('Velor lashed out at Ostland over its ties with Zorvania.', { actors }));
    expect(event.type).toBe('ACCUSE');
    expect(event.target?.code).toBe('OST');
  });

  it("takes the place of an attack on nothing named as its target, in the attacker's own country too", () => {
    const doc = analysed('Zorvanian rebels bombed a bus station in Lintburg on Monday.', {
      actors: [
        ['Zorvanian rebels', 'ZZZREB'],
        ['Lintburg', 'ZZZ'],
      ],
    });
    const [event] = run(doc);
    expect(event.type).toBe('ASSAULT');
    expect(event.target?.code).toBe('ZZZ');
  });

  it('reads a place after "in" and a compass word as where the event happens, not its subject', () => {
    const doc = analysed('Zorvanian rebels in southeast Lintland ambushed a Bulgarian convoy.', {
      actors: [
        ['Zorvanian rebels', 'ZZZREB'],
        ['Lintland', 'YYY'],
        ['Bulgarian', 'BGR'],
      ],
    });
    const [event] = run(doc);
    expect(event.source?.code).toBe('ZZZREB');
    expect(event.target?.code).toBe('BGR');
  });

  it("takes an unnamed body the object names by its sector noun as the source country's, if no other is named", () => {
    const fired = run(
      tagged('President Ada Kell dismissed the commander of the armed forces.', {
        actors: [['Ada Kell', 'PERGOV']],
      }),
    )[0];
    expect(fired.target).toMatchObject({ code: 'PERMIL', inferred: true });
    const abroad = run(
      tagged('President Ada Kell dismissed the commander of the armed forces in Bolivia.', {
        actors: [
          ['Ada Kell', 'PERGOV'],
          ['Bolivia', 'BOL'],
        ],
      }),
    )[0];
    expect(abroad.target?.code).not.toBe('PERMIL');
    const press = run(
      tagged('President Ada Kell held a press conference.', { actors: [['Ada Kell', 'PERGOV']] }),
    )[0];
    expect(press?.target?.code).not.toBe('PERJRN');
  });

  it('does not end the object at a trigger after a number, which modifies the noun after it', () => {
    const [event] = run(
      tagged('Zorvanian police arrested three suspected Bulgarian spies on Monday.', {
        actors: [
          ['Zorvanian police', 'ZZZCOP'],
          ['Bulgarian spies', 'BGRSPY'],
        ],
      }),
    );
    expect(event.trigger.text).toBe('arrested');
    expect(event.target?.code).toBe('BGRSPY');
  });
});
