import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Mention, MentionType } from '../../../src/doc/schema.js';
import { plainArticle } from '../../../src/ingest/plain.js';
import { linkStage } from '../../../src/stages/link/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { handMentions } from './mentions.js';

function link(
  text: string,
  names: ReadonlyArray<[string, MentionType, string?]>,
  anchor: string | null = '2023-07-29',
) {
  const doc: AnalyzedArticle = { ...plainArticle(text, { format: 'text' } as never) };
  const ctx = { anchor, options: {} };
  Object.assign(doc, segmentStage.run(doc, ctx));
  doc.mentions = handMentions(doc.text, names);
  const out = linkStage.run(doc, ctx);
  const entityOf = (text: string, nth = 0): string | undefined =>
    out.mentions.filter((m: Mention) => m.text === text)[nth]?.entity;
  const codeOf = (text: string, nth = 0) =>
    out.entities.find((e) => e.id === entityOf(text, nth))?.actor?.code;
  return { ...out, entityOf, codeOf };
}

describe('stage link', () => {
  it('groups a full name and a later surname, and codes the person at the article date', () => {
    const r = link('Kim Jong Un inspected a factory. Kim praised the workers.', [
      ['Kim Jong Un', 'PER'],
      ['Kim', 'PER'],
    ]);
    expect(r.entityOf('Kim')).toBe(r.entityOf('Kim Jong Un'));
    expect(r.codeOf('Kim Jong Un')).toBe('PRKGOV');
  });

  it("makes one entity of an unknown name written twice, and codes a title's demonym alone", () => {
    const r = link('Zorvan Group leader Ada Kell spoke. The Zorvan Group later denied it.', [
      ['Zorvan Group', 'ORG'],
      ['Ada Kell', 'PER'],
    ]);
    expect(r.entityOf('Zorvan Group', 1)).toBe(r.entityOf('Zorvan Group', 0));
    const t = link('North Korean leader Kim Jong Un spoke.', [
      ['North Korean', 'MISC', 'NORP'],
      ['Kim Jong Un', 'PER'],
    ]);
    expect(t.codeOf('North Korean')).toBe('PRK');
    expect(t.mentions.some((m) => m.form === 'nominal')).toBe(false);
  });

  it('groups a surname with a full name the NER typed otherwise, past a day name it glued on', () => {
    const r = link('Kim Jong Un inspected a factory. Kim Friday praised the workers.', [
      ['Kim Jong Un', 'ORG'],
      ['Kim Friday', 'PER'],
    ]);
    expect(r.entityOf('Kim Friday')).toBe(r.entityOf('Kim Jong Un'));
  });

  it('groups a surname met first with the full name after it, which then names the entity', () => {
    const r = link('Pence spoke first. Later Mike Pence left.', [
      ['Pence', 'PER'],
      ['Mike Pence', 'PER'],
    ]);
    expect(r.entityOf('Mike Pence')).toBe(r.entityOf('Pence'));
    expect(r.entities.find((e) => e.id === r.entityOf('Pence'))?.name).toBe('Mike Pence');
  });

  it('codes no person by a country a word of the name names, and no proper name by a noun in it', () => {
    const r = link('Mark Cuban watched Shark Tank with Vermont senators.', [
      ['Mark Cuban', 'PER'],
      ['Shark Tank', 'ORG'],
    ]);
    expect(r.codeOf('Mark Cuban')).toBeUndefined();
    expect(r.codeOf('Shark Tank')).toBeUndefined();
  });

  it('keeps a name made with a place apart from the place, and "Mr. Trump" with Donald Trump', () => {
    const r = link('Donald Trump read the New York Post in the United States. Mr. Trump smiled.', [
      ['Donald Trump', 'PER'],
      ['New York Post', 'ORG', 'MEDIA'],
      ['United States', 'LOC', 'GPE'],
      ['Mr. Trump', 'PER'],
    ]);
    expect(r.entityOf('New York Post')).not.toBe(r.entityOf('United States'));
    expect(r.codeOf('New York Post')).toBe('USAMED');
    expect(r.entityOf('Mr. Trump')).toBe(r.entityOf('Donald Trump'));
  });

  it('joins NER mentions that split a known name, and reads no "UN" in "Un"', () => {
    const r = link('Kim Jong Un spoke. Later Un left.', [
      ['Kim Jong', 'PER'],
      ['Un', 'ORG'],
    ]);
    expect(r.mentions[0]).toMatchObject({ text: 'Kim Jong Un', type: 'PER' });
    expect(r.codeOf('Kim Jong Un')).toBe('PRKGOV');
    expect(r.codeOf('Un')).toBeUndefined();
  });

  it('links a tagged "South" to South Korea and its navy phrase to KORMIL', () => {
    const r = link('South Korea held drills. The South’s navy said so.', [
      ['South Korea', 'LOC', 'GPE'],
      ['South', 'LOC'],
    ]);
    expect(r.entityOf('South')).toBe(r.entityOf('South Korea'));
    expect(r.codeOf('South’s navy')).toBe('KORMIL');
  });

  it('adds nominal mentions for a country and its sector noun', () => {
    const r = link("North Korea's state media said a Chinese delegation arrived.", [
      ['North Korea', 'LOC', 'GPE'],
      ['Chinese', 'MISC', 'NORP'],
    ]);
    const nominal = r.mentions.filter((m) => m.form === 'nominal').map((m) => m.text);
    expect(nominal).toEqual(["North Korea's state media", 'Chinese delegation']);
    expect(r.codeOf("North Korea's state media")).toBe('PRKMED');
    expect(r.codeOf('Chinese delegation')).toBe('CHNGOV');
    expect(r.codeOf('North Korea')).toBe('PRK');
  });

  it('shares a sector noun among coordinated names', () => {
    const r = link('Chinese and Russian officials watched the parade.', [
      ['Chinese', 'MISC', 'NORP'],
      ['Russian', 'MISC', 'NORP'],
    ]);
    expect(r.codeOf('Chinese')).toBe('CHNGOV');
    expect(r.codeOf('Russian officials')).toBe('RUSGOV');
  });

  it('resolves "the South" to the South Korea of the article, and "the allies" to the last pair', () => {
    const r = link(
      'The US and South Korean navies held drills, the latest by the allies. The South’s navy said so.',
      [
        ['US', 'LOC', 'GPE'],
        ['South Korean', 'MISC', 'NORP'],
      ],
    );
    expect(r.codeOf('US')).toBe('USAMIL');
    expect(r.codeOf('South’s navy')).toBe('KORMIL');
    const allies = r.mentions.find((m) => m.text === 'the allies');
    expect(allies?.entities).toEqual([r.entityOf('US'), r.entityOf('South Korean navies')]);
  });

  it('refers "the two countries" to the two countries last named', () => {
    const r = link('Vietnam hosted Laos. Ties between the two countries grew.', [
      ['Vietnam', 'LOC', 'GPE'],
      ['Laos', 'LOC', 'GPE'],
    ]);
    const both = r.mentions.find((m) => m.text === 'the two countries');
    expect(new Set(both?.entities)).toEqual(new Set([r.entityOf('Vietnam'), r.entityOf('Laos')]));
  });

  it('links a pronoun only to the one person it can mean', () => {
    const one = link('Emmanuel Macron arrived. He spoke briefly.', [['Emmanuel Macron', 'PER']]);
    expect(one.entityOf('He')).toBe(one.entityOf('Emmanuel Macron'));
    const two = link('Emmanuel Macron met Olaf Scholz. He spoke briefly.', [
      ['Emmanuel Macron', 'PER'],
      ['Olaf Scholz', 'PER'],
    ]);
    expect(two.mentions.find((m) => m.text === 'He')).toBeUndefined();
  });

  it('links a surname the NER tags as a person to the one person so named, and adds none it did not tag', () => {
    const r = link(
      'Mugabe addressed supporters in Harare on Monday.',
      [
        ['Mugabe', 'PER'],
        ['Harare', 'LOC'],
      ],
      '2010-03-01',
    );
    expect(r.codeOf('Mugabe')).toBe('ZWEGOV');
    const untagged = link('Supporters cheered Mugabe in Harare.', [['Harare', 'LOC']], '2010-03-01');
    expect(untagged.mentions.some((m: Mention) => m.text === 'Mugabe')).toBe(false);
  });

  it('codes a person the dictionaries lack from the title before the name, and a later surname alike', () => {
    const r = link('Serbian President Boro Lint arrived in Paris. Lint met the envoy.', [
      ['Serbian', 'MISC'],
      ['Boro Lint', 'PER'],
      ['Paris', 'LOC'],
      ['Lint', 'PER'],
    ]);
    expect(r.codeOf('Boro Lint')).toBe('SRBGOV');
    expect(r.entityOf('Lint')).toBe(r.entityOf('Boro Lint'));
  });

  it('places an ethnic group named with its sector noun in the country it lives in', () => {
    const r = link('Ethnic Albanian guerrillas operating in Macedonia laid down arms.', [
      ['Albanian', 'MISC'],
      ['Macedonia', 'LOC'],
    ]);
    expect(r.codeOf('Albanian guerrillas')).toBe('MKDREB');
  });

  it('joins a surname to the person named in full in an undated article too', () => {
    const r = link(
      'Senator Lindsey Graham met donors in Ohio. Graham told them he would not back the nominee.',
      [
        ['Lindsey Graham', 'PER'],
        ['Graham', 'PER'],
        ['Ohio', 'LOC'],
      ],
      null,
    );
    expect(r.entityOf('Graham')).toBe(r.entityOf('Lindsey Graham'));
  });

  it("joins a surname to the person the article named in full, not to the dictionary's namesake", () => {
    const r = link(
      'Jill Stein held a rally in Ohio on Friday. Stein told the crowd she would stay in the race.',
      [
        ['Jill Stein', 'PER'],
        ['Stein', 'PER'],
        ['Ohio', 'LOC'],
      ],
      '2016-09-26',
    );
    expect(r.entityOf('Stein')).toBe(r.entityOf('Jill Stein'));
    expect(r.codeOf('Stein') ?? '').not.toMatch(/^GTM/);
    const v = link('Vladimir Putin met the governors. Putin then flew south.', [
      ['Vladimir Putin', 'PER'],
      ['Putin', 'PER'],
    ]);
    expect(v.entityOf('Putin')).toBe(v.entityOf('Vladimir Putin'));
  });

  it('keeps a surname the knowledge base knows as an office holder at the date as that person', () => {
    const r = link(
      'Michelle Obama spoke in Ohio. Michelle Obama praised the volunteers. Obama signed the bill on Friday.',
      [
        ['Michelle Obama', 'PER'],
        ['Obama', 'PER'],
        ['Ohio', 'LOC'],
      ],
      '2016-05-01',
    );
    expect(r.entityOf('Obama')).not.toBe(r.entityOf('Michelle Obama'));
    expect(r.codeOf('Obama')).toBe('USAGOV');
  });

  it('gives a shared surname to the person named most, not to the relative named last', () => {
    const r = link(
      'Joe Biden toured a factory in Ohio. Joe Biden was joined by his sister Valerie Biden. Biden spoke for an hour.',
      [
        ['Joe Biden', 'PER'],
        ['Valerie Biden', 'PER'],
        ['Biden', 'PER'],
        ['Ohio', 'LOC'],
      ],
    );
    expect(r.entityOf('Biden')).toBe(r.entityOf('Joe Biden'));
    expect(r.entityOf('Biden')).not.toBe(r.entityOf('Valerie Biden'));
  });

  it('does not read a person before "and" as sharing the title of the next person', () => {
    const r = link(
      'Fumio Kishida hosted Yoon Suk Yeol and Australian Prime Minister Anthony Albanese in Tokyo. Yoon left on Sunday.',
      [
        ['Fumio Kishida', 'PER'],
        ['Yoon Suk Yeol', 'PER'],
        ['Australian', 'MISC', 'NORP'],
        ['Anthony Albanese', 'PER'],
        ['Tokyo', 'LOC'],
        ['Yoon', 'PER'],
      ],
    );
    expect(r.entityOf('Yoon')).toBe(r.entityOf('Yoon Suk Yeol'));
    expect(r.codeOf('Yoon Suk Yeol')).toBe('KORGOV');
  });

  it("gives an institution named without its country the article's principal country", () => {
    const r = link(
      'Voters in Ohio and Texas lined up on Tuesday. Congress adjourned early. Republicans said they would return, Reuters reported. Muslims prayed nearby.',
      [
        ['Ohio', 'LOC'],
        ['Texas', 'LOC'],
        ['Congress', 'ORG'],
        ['Republicans', 'MISC', 'NORP'],
        ['Reuters', 'ORG'],
        ['Muslims', 'MISC', 'NORP'],
      ],
    );
    expect(r.codeOf('Congress')).toBe('USALEG');
    // inferred, and saying from what
    expect(r.entities.find((e) => e.id === r.entityOf('Congress'))?.actor?.countryFrom).toBe('article');
    expect(r.codeOf('Republicans')).toBe('USAPTY');
    // international media and religions have no country of their own
    expect(r.codeOf('Reuters')).toBe('MED');
    expect(r.codeOf('Muslims')).toBe('MOS');
    // with no country leading, nothing is guessed
    const none = link('Congress adjourned early.', [['Congress', 'ORG']]);
    expect(none.codeOf('Congress')).toBe('LEG');
  });

  it('codes a proper name ending in the noun of an institution as that institution', () => {
    const r = link(
      'Seoul and Busan voted. In South Korea the Freedom Unity Party and the Supreme Court clashed. Shark Tank aired.',
      [
        ['Seoul', 'LOC'],
        ['Busan', 'LOC'],
        ['South Korea', 'LOC'],
        ['Freedom Unity Party', 'ORG'],
        ['Supreme Court', 'ORG'],
        ['Shark Tank', 'MISC'],
      ],
    );
    expect(r.codeOf('Freedom Unity Party')).toBe('KORPTY');
    expect(r.codeOf('Supreme Court')).toBe('KORJUD');
    expect(r.codeOf('Shark Tank')).toBeUndefined();
  });

  it('codes an organisation named like a newspaper as the media of the place it names', () => {
    const r = link('The Ohio Herald endorsed no one. Shark Tank aired.', [
      ['Ohio Herald', 'ORG'],
      ['Shark Tank', 'ORG'],
    ]);
    expect(r.codeOf('Ohio Herald')).toBe('USAMED');
    expect(r.codeOf('Shark Tank')).toBeUndefined();
  });

  it("codes a people or faith with its sector noun as of the country its sentence names, not a place's name", () => {
    const r = link(
      'Tamil fighters ambushed a Sri Lankan patrol. Shiite gunmen fired on a bus near Basra. Pacific Island leaders met.',
      [
        ['Tamil', 'MISC'],
        ['Sri Lankan', 'MISC', 'NORP'],
        ['Shiite', 'MISC'],
        ['Basra', 'LOC'],
        ['Pacific Island', 'LOC'],
      ],
      null,
    );
    expect(r.codeOf('Tamil fighters')?.slice(0, 3)).toBe('LKA');
    expect(r.codeOf('Shiite gunmen')?.slice(0, 3)).toBe('IRQ');
    expect(r.mentions.some((m) => m.text === 'Pacific Island leaders')).toBe(false);
    // a noun of people the back-off knows, though no sector noun
    const h = link('Hindu nationalists marched through the Indian city.', [
      ['Hindu', 'MISC'],
      ['Indian', 'MISC', 'NORP'],
    ]);
    expect(h.codeOf('Hindu nationalists')?.slice(0, 3)).toBe('IND');
  });

  it("reads a given name before a surname the dictionaries know only with a title as that person's, no other given name", () => {
    const r = link('Boris Yeltsin met Michelle Obama.', [
      ['Boris Yeltsin', 'PER'],
      ['Michelle Obama', 'PER'],
    ]);
    expect(r.codeOf('Boris Yeltsin')?.slice(0, 3)).toBe('RUS');
    expect(r.codeOf('Michelle Obama')).toBeUndefined();
  });
});
