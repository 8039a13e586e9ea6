import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/doc/schema.js';
import { findEvents } from '../../../src/stages/events/index.js';
import { closedRelatives } from '../../../src/stages/events/relative.js';
import { analysed } from './doc.js';

const run = (doc: AnalyzedArticle) => findEvents(doc, { anchor: null, options: {} });

/** Gives the tokens the Penn tags of `tags` (word → tag), as the syntax stage would. */
function withTags(doc: AnalyzedArticle, tags: Record<string, string>): AnalyzedArticle {
  for (const t of doc.tokens ?? []) t.pos = tags[t.text] ?? 'NN';
  return doc;
}

describe('relative clauses before the verb', () => {
  it('does not take the subject from a relative clause set off by commas', () => {
    const doc = analysed('The Velorian envoy, who met Kasimir Dron on Monday, criticized Ostland.', {
      actors: [
        ['Velorian envoy', 'VELGOV'],
        ['Kasimir Dron', 'KASGOV'],
        ['Ostland', 'OST'],
      ],
    });
    const criticized = run(doc).find((e) => e.trigger.text === 'criticized');
    expect(criticized?.source?.code).toBe('VELGOV');
    expect(criticized?.target?.code).toBe('OST');
  });

  it('ends a relative clause without commas at the main verb when it has a verb of its own', () => {
    const doc = withTags(analysed('Officials who toured Ostland last week met Velorian leaders.'), {
      toured: 'VBD',
      met: 'VBD',
      who: 'WP',
    });
    const tokens = doc.tokens ?? [];
    const met = tokens.findIndex((t) => t.text === 'met');
    const [relative, ...rest] = closedRelatives(tokens, met);
    expect(rest).toEqual([]);
    expect(doc.text.slice(relative.start, relative.end)).toBe('who toured Ostland last week');
    // the relative clause's own verb is inside it: nothing has closed before it
    const toured = tokens.findIndex((t) => t.text === 'toured');
    expect(closedRelatives(tokens, toured)).toEqual([]);
  });

  it('does not close a relative clause over a further clause ("who said …, that X have …")', () => {
    const doc = withTags(
      analysed('Anyone who reads the news knows that the Ostlanders have attacked Velor.'),
      {
        reads: 'VBZ',
        knows: 'VBZ',
        have: 'VBP',
        attacked: 'VBN',
        who: 'WP',
      },
    );
    const tokens = doc.tokens ?? [];
    expect(
      closedRelatives(
        tokens,
        tokens.findIndex((t) => t.text === 'attacked'),
      ),
    ).toEqual([]);
  });
});
