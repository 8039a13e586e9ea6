import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeActor } from '../../src/knowledge/actor-coder.js';
import { knowledgeBase } from '../../src/knowledge/knowledge-base.js';

const kb = knowledgeBase();
const code = (text: string, date: string | null = null, context?: string) =>
  codeActor(text, kb, { date, context })?.code ?? '';

describe('actor coder', () => {
  it('codes country names and their aliases', () => {
    expect(code('DPRK')).toBe('PRK');
    expect(code('U.S.')).toBe('USA');
    expect(code('Democratic People’s Republic of Korea')).toBe('PRK');
  });

  it('reads no country in a common word that Wikidata gives as an alias ("Island" for Iceland)', () => {
    expect(code('Pacific Island leaders')).not.toMatch(/^ISL/);
    expect(code('Iceland')).toBe('ISL');
    expect(code('the United States')).toBe('USA');
  });

  it("codes demonyms; a plural one alone is the country's people", () => {
    expect(code('Emirati')).toBe('ARE');
    expect(code('Algerians')).toBe('DZACVL');
    expect(code('Bosnian Serbs')).toBe('BIHCVL');
    expect(code('Swedish diplomats')).toBe('SWEGOV');
    expect(code('Icelandic fishermen')).toBe('ISLAGR');
    expect(code('Samoan officials')).toBe('WSMGOV');
  });

  it('reads the plural of a demonym of two words as people', () => {
    expect(code('South Koreans')).toBe('KORCVL');
    expect(code('Sri Lankans', null, 'Thousands of Sri Lankans fled the fighting.')).toBe('LKACVL');
    // "Aid Groups" is no people of Phoenix's organisation "Aid Group": aid groups, Mexican
    expect(code('the Mexican Aid Groups')).toBe('MEXNGODEV');
  });

  it('codes national bodies that news names without their country', () => {
    expect(code('the Sejm', null, 'The Sejm voted on Friday to lift his immunity.')).toBe('POLLEG');
    expect(code('Likud')).toBe('ISRPTY');
    // Phoenix codes it by region (WAFREB)
    expect(code('the Revolutionary United Front')).toBe('SLEREB');
    expect(code('Renamo', '1985-01-01')).toBe('MOZREB');
    expect(code('Renamo', '2005-01-01')).toBe('MOZOPP');
  });

  it('codes US parties, news media and agencies named without the country', () => {
    expect(code('the Republican National Committee')).toBe('USAPTY');
    expect(code('the GOP', null, 'The GOP picked its nominee in Cleveland.')).toBe('USAPTY');
    expect(code('Fox News')).toBe('USAMED');
    expect(code('the Secret Service')).toBe('USACOP');
    expect(code('the Chicago Police Department')).toBe('USACOP');
    // party members: the country is the sentence's or the article's (link stage)
    expect(code('Republicans')).toBe('PTY');
    expect(code('Senate Democrats', null, 'Senate Democrats in Washington blocked the bill.')).toBe('USAPTY');
    expect(code("Iraq's Republican Guard")).toBe('IRQMIL');
    // the adjective alone ("the Democratic nominee") is the party; a head noun after it keeps its own sector
    expect(code('Democratic')).toBe('PTY');
    expect(code('a democratic government')).toBe('GOV');
  });

  it('codes US office holders and candidates by the office held at the date', () => {
    expect(code('Mike Pence', '2016-09-25')).toBe('USAGOV'); // governor of Indiana
    expect(code('Mike Pence', '2022-03-01')).toBe('USAELI');
    expect(code('Senator Tim Kaine', '2016-10-03')).toBe('USALEG');
    // a candidate before any office is his party's
    expect(code('Donald Trump', '2016-09-30')).toBe('USAPTY');
    expect(code('Donald Trump', '2018-01-01')).toBe('USAGOV');
    expect(code('Mitt Romney', '2016-09-27')).toBe('USAELI');
    expect(code('Mitt Romney', '2020-02-05')).toBe('USALEG');
  });

  it('codes a state that no longer exists as the state that continues it', () => {
    expect(code('Soviet troops')).toBe('RUSMIL');
    expect(code('Yugoslav army')).toBe('SRBMIL');
    expect(code('Erich Honecker', '1980-01-01')).toBe('DEUGOV');
    expect(code('Upper Volta')).toBe('BFA');
    // a union's code before a member's is the member's: Croatia in 1990 (YUGHRV) is HRV
    expect(code('Croatia', '1990-06-01')).toBe('HRV');
    expect(code('Turkmenistan', '2000-01-01')).toBe('TKM');
  });

  it('places people named with "of" or "in" a country there', () => {
    expect(code('Albanians of southern Serbia')).toBe('SRBCVL');
    expect(code('ethnic Hungarians in Slovakia')).toBe('SVKCVL');
  });

  it('takes the country of a phrase naming none from the context, unless it is international by design', () => {
    expect(code('President Ruto', null, 'In Kenya, President Ruto spoke on Monday.')).toBe('KENGOV');
    expect(code('Reuters', null, 'Reuters reported from Pyongyang.')).toBe('MED');
    // an international court is no body of the country whose leader it indicts
    expect(code('the International Criminal Court', null, 'The court indicted Putin on Friday.')).toBe(
      'IGOJUD',
    );
    expect(code('the ICC', null, 'The ICC indicted Putin on Friday.')).toBe('IGOJUD');
  });

  it('reads a capital used as an actor as the government, and as a place after a preposition', () => {
    expect(code('Pyongyang', null, 'Pyongyang said the drills were a provocation.')).toBe('PRKGOV');
    expect(code('Baghdad', null, 'Shops reopened in Baghdad on Monday.')).toBe('IRQCVL');
  });

  it('codes the same person differently before and after leaving office', () => {
    expect(code('Yoon Suk Yeol', '2023-03-01')).toBe('KORGOV');
    expect(code('Yoon Suk Yeol', '2025-06-01')).toBe('KORELI');
    expect(code('Kim Jong Un', '2023-07-29')).toBe('PRKGOV');
    // a spokesman moving between the Pentagon and the White House
    expect(code('John Kirby', '2021-06-01')).toBe('USAMIL');
    expect(code('John Kirby', '2024-05-01')).toBe('USAGOV');
  });

  it("reads a dictionary record's other names as the hand-written actor of the same name", () => {
    // Phoenix's record has "Obama" in office with no end; the current actors file ends it in 2017
    expect(codeActor('Obama', kb, { date: '2018-05-01' })?.code).toBe('USAELI');
    expect(codeActor('President Obama', kb, { date: '2015-05-01' })?.code).toBe('USAGOV');
    expect(codeActor('Putin', kb)?.kb).toBe(codeActor('Vladimir Putin', kb)?.kb);
    // the record's periods before the hand-written ones are kept
    expect(codeActor('Barack Obama', kb, { date: '1990-06-01' })?.code).toBe('USAELI');
  });

  it('codes composite phrases from a name and a sector noun', () => {
    expect(code("North Korea's state media")).toBe('PRKMED');
    expect(code('a Chinese delegation')).toBe('CHNGOV');
    expect(code('South Korean navies')).toBe('KORMIL');
    expect(code('former president Jacques Chirac')).toMatch(/^FRAELI/);
  });

  it('takes the sector noun after a demonym from the context', () => {
    expect(code('Hungarian', null, 'Hungarian and Polish officials met on Monday.')).toBe('HUNGOV');
  });

  it('reads "the South" as the South Korea its context names', () => {
    const context = 'South Korea and Japan held talks, and the South’s navy later sailed.';
    expect(code('the South’s navy', null, context)).toBe('KORMIL');
  });

  it('codes a ship by its navy prefix', () => {
    expect(code('HMS Defender')).toBe('GBRMIL');
    expect(code('USS Ronald Reagan')).toBe('USAMIL');
  });

  it('knows international news agencies as media of no country', () => {
    expect(codeActor('Reuters', kb)).toMatchObject({ country: '', sector: 'MED', code: 'MED' });
  });

  it('returns null for a phrase naming no actor', () => {
    expect(codeActor('the weather', kb)).toBeNull();
  });

  it('lets a user file add actors and override the built-in ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-kb-'));
    const file = join(dir, 'mine.txt');
    writeFileSync(file, 'Maria Fictiva; M. Fictiva | CHLGOV | 2020-01-01.. | invented minister\n');
    const mine = knowledgeBase([file]);
    expect(codeActor('M. Fictiva', mine, { date: '2024-01-01' })?.code).toBe('CHLGOV');
    expect(codeActor('M. Fictiva', kb)).toBeNull();
  });
});
