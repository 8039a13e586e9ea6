import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import type { StageContext } from '../../../src/pipeline/stage.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { phraseChunks } from '../../../src/stages/syntax/chunks.js';
import { syntaxStage } from '../../../src/stages/syntax/index.js';

const ctx: StageContext = { anchor: null, options: {} };

/** Segments and tags `text`; returns "word/POS/chunk" strings. */
function tag(text: string): string[] {
  const doc = { text } as AnalyzedArticle;
  const segmented = { ...doc, ...segmentStage.run(doc, ctx) };
  const { tokens } = syntaxStage.run(segmented, ctx);
  return (tokens ?? []).map((t) => `${t.text}/${t.pos}/${t.chunk}`);
}

const words = (tagged: string[], ...picked: string[]) =>
  tagged.filter((t) => picked.includes(t.slice(0, t.indexOf('/', 1))));

describe('syntax stage', () => {
  it('tags a possessive, a reporting verb and a main verb', () => {
    expect(tag("North Korea's state media said Kim held a meeting.")).toEqual([
      'North/NNP/B-NP',
      'Korea/NNP/I-NP',
      "'s/POS/B-NP",
      'state/NN/I-NP',
      'media/NNS/I-NP',
      'said/VBD/B-VP',
      'Kim/NNP/B-NP',
      'held/VBD/B-VP',
      'a/DT/B-NP',
      'meeting/NN/I-NP',
      '././O',
    ]);
  });

  it('finds the passive verb group and the agent phrase', () => {
    expect(tag('Sanctions were imposed by the United States.')).toEqual([
      'Sanctions/NNS/B-NP',
      'were/VBD/B-VP',
      'imposed/VBN/I-VP',
      'by/IN/B-PP',
      'the/DT/B-NP',
      'United/NNP/I-NP',
      'States/NNP/I-NP',
      '././O',
    ]);
  });

  it('keeps coordinated subjects and a hyphenated modifier in noun phrases', () => {
    const tagged = tag('Russia and China have opposed US-led efforts.');
    expect(words(tagged, 'Russia', 'China', 'have', 'opposed', 'US-led', 'efforts')).toEqual([
      'Russia/NNP/B-NP',
      'China/NNP/I-NP',
      'have/VBP/B-VP',
      'opposed/VBN/I-VP',
      'US-led/JJ/B-NP',
      'efforts/NNS/I-NP',
    ]);
  });

  it('puts a split negation inside the verb group', () => {
    expect(tag('He did not meet the delegation.')).toEqual([
      'He/PRP/B-NP',
      'did/VBD/B-VP',
      'not/RB/I-VP',
      'meet/VB/I-VP',
      'the/DT/B-NP',
      'delegation/NN/I-NP',
      '././O',
    ]);
    expect(words(tag('North Korea’s leader won’t attend.'), '’s', 'wo', 'n’t', 'attend')).toEqual([
      '’s/POS/B-NP',
      'wo/MD/B-VP',
      'n’t/RB/I-VP',
      'attend/VB/I-VP',
    ]);
  });

  it('tags quotes as PTB opening and closing quotes, straight or curly', () => {
    const straight = tag('"We will never give up," the minister said.');
    expect(straight[0]).toBe('"/``/O');
    expect(words(straight, '"')).toEqual(['"/``/O', "\"/''/O"]);
    expect(words(straight, 'said', 'minister')).toEqual(['minister/NN/I-NP', 'said/VBD/B-VP']);
    const curly = tag('“The talks were useful,” KCNA said.');
    expect(words(curly, '“', '”', 'KCNA', 'said')).toEqual([
      '“/``/O',
      "”/''/O",
      'KCNA/NNP/B-NP',
      'said/VBD/B-VP',
    ]);
  });

  it('reads single quotation marks as quotes, and a plural possessive as a possessive', () => {
    expect(words(tag("Kim wants ties to touch 'new highs'."), "'")).toEqual(["'/``/O", "'/''/O"]);
    const tagged = tag("The officials' remarks were ‘useful’, he said.");
    expect(words(tagged, "'", '‘', '’')).toEqual(["'/POS/B-NP", '‘/``/O', "’/''/O"]);
  });

  it('tags every token of every sentence, keeping the token spans', () => {
    const text = 'Kim met Li. Li left on Friday.';
    const doc = { text } as AnalyzedArticle;
    const segmented = { ...doc, ...segmentStage.run(doc, ctx) };
    const { tokens } = syntaxStage.run(segmented, ctx);
    expect(tokens).toHaveLength(segmented.tokens?.length ?? -1);
    for (const t of tokens ?? []) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.pos).toMatch(/^[A-Z$.,:()`'#-]+$/);
      expect(t.chunk).toMatch(/^(O|[BI]-[A-Z]+)$/);
    }
  });

  it('lists phrase chunks as character spans', () => {
    const text = 'Sanctions were imposed by the United States.';
    const doc = { text } as AnalyzedArticle;
    const segmented = { ...doc, ...segmentStage.run(doc, ctx) };
    const { tokens } = syntaxStage.run(segmented, ctx);
    const chunks = phraseChunks(tokens ?? []).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
    expect(chunks).toEqual(['NP:Sanctions', 'VP:were imposed', 'PP:by', 'NP:the United States']);
  });
});
