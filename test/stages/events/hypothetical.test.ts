import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { analysed } from './doc.js';

const run = (doc: AnalyzedArticle) =>
  findEvents(doc, { anchor: doc.published.value, options: {} }).map((e) => `${e.trigger.text} ${e.type}`);

const marks = {
  actors: [
    ['Ruritania', 'RUR'],
    ['Freedonia', 'FRE'],
  ] as [string, string][],
};

describe('an event under "could", "may", "might" or "if"', () => {
  it('is a possibility, no event', () => {
    expect(run(analysed('Ruritania might meet Freedonia next week.', marks))).toEqual([]);
    expect(run(analysed('Ruritania could host talks with Freedonia.', marks))).not.toContain('host CONSULT');
  });

  it('is a threat when it would use force or sanctions', () => {
    expect(run(analysed('Ruritania may impose sanctions on Freedonia.', marks))).toEqual(['impose THREATEN']);
  });
});
