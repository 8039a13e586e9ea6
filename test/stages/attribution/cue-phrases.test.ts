import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { findAttributions } from '../../../src/stages/attribution/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { syntaxStage } from '../../../src/stages/syntax/index.js';

const ctx = { anchor: null, options: {} };

const attributions = (text: string) => {
  const article = plainArticle(text, { format: 'text' });
  const segmented = { ...article, ...segmentStage.run(article, ctx) };
  return findAttributions({ ...segmented, ...syntaxStage.run(segmented, ctx) }).map((a) => ({
    source: a.source?.text,
    cue: a.cue?.text,
    content: a.content.text,
  }));
};

describe('a noun cue heading the object of a verb cue', () => {
  it('makes one cue phrase with the verb, with the verb’s speaker', () => {
    const found = attributions('The mayor avoided direct criticism of the harbour board.');
    expect(found).toHaveLength(1);
    expect(found[0].source).toBe('The mayor');
    expect(found[0].cue).toMatch(/^avoided .*criticism of$/);
    expect(found[0].content).toMatch(/harbour board/);
  });

  it('leaves a clause whose subject the noun heads to the verb alone', () => {
    const found = attributions('The mayor said the criticism of the harbour board was unfair.');
    expect(found.find((a) => a.cue === 'said')?.content).toMatch(/was unfair/);
  });

  it('leaves a noun after "that" to the verb', () => {
    const found = attributions('The mayor said that criticism of the board had grown.');
    expect(found.find((a) => a.cue === 'said')?.content).toMatch(/^that criticism/);
  });
});

describe('a poll as the source of "in"', () => {
  it('takes a fronted poll phrase as the source of the clause after its comma', () => {
    expect(attributions('In a poll released on Monday, the mayor leads by ten points.')).toContainEqual({
      source: 'a poll released on Monday',
      cue: 'In',
      content: 'the mayor leads by ten points.',
    });
  });

  it('takes "polls in which" as a poll and its clause', () => {
    expect(attributions('She trails in polls in which the mayor leads.')).toContainEqual({
      source: 'polls',
      cue: 'in',
      content: 'the mayor leads',
    });
  });

  it('leaves a fronted phrase without a poll alone', () => {
    expect(attributions('In the morning, the mayor leads the parade.').some((a) => a.cue === 'In')).toBe(
      false,
    );
  });
});

describe('reported speech before a cue word train rarely shows as a cue', () => {
  it('is no content of that word', () => {
    expect(attributions('The harbour is safe, the report found.').some((a) => a.cue === 'found')).toBe(false);
    expect(attributions('The port will reopen, the council hopes.').some((a) => a.cue === 'hopes')).toBe(
      false,
    );
  });

  it('stays the content of a speech verb, and a quote stays the content of any cue', () => {
    expect(attributions('The harbour is safe, the mayor says.')).toContainEqual({
      source: 'the mayor',
      cue: 'says',
      content: 'The harbour is safe',
    });
    expect(attributions('“The harbour is safe,” the report found.').some((a) => a.cue === 'found')).toBe(
      true,
    );
  });
});
