import type { AnalyzedArticle, Attribution, AttributionKind } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { type DocContext, docContext } from './context.js';
import { type Candidate, detectCandidates } from './detect.js';
import { describeSource } from './speaker.js';

/** A content interrupted by a participial cue ("…, adding that …") ends before that cue's comma. */
function cutAtContinuations(c: DocContext, candidates: Candidate[]): void {
  for (const a of candidates) {
    for (const b of candidates) {
      if (b === a || b.sentence !== a.sentence) continue;
      const cueStart = c.tokens[b.cue.first].start;
      const comma = b.cue.first - 1;
      if (cueStart > a.contentStart && cueStart < a.contentEnd && c.lower[comma] === ',') {
        a.contentEnd = Math.min(a.contentEnd, c.tokens[comma - 1].end);
      }
    }
  }
}

/**
 * A quoted paragraph right after a quote's attribution, with no cue of its own, goes on with the
 * same speaker: its content grows over it ('"…," Barkley said. ¶ "…" ¶ "…"').
 */
function extendOverQuotedParagraphs(c: DocContext, candidates: Candidate[]): void {
  const cueStarts = candidates.map((x) => c.tokens[x.cue.first].start).sort((a, b) => a - b);
  const hasCueIn = (start: number, end: number): boolean => cueStarts.some((x) => x >= start && x < end);
  for (const a of candidates) {
    for (;;) {
      const rest = c.text.slice(a.contentEnd, a.contentEnd + 400);
      const gap = /^[^\n"“]{0,200}?\n\s*(?=["“])/.exec(rest);
      if (!gap || hasCueIn(a.contentEnd, a.contentEnd + gap[0].length)) break;
      const q = c.quoteByStart.get(a.contentEnd + gap[0].length);
      if (q === undefined || hasCueIn(c.quotes[q].start, c.quotes[q].end + 80)) break;
      if (
        !c.quotes.some((x) => x.end === a.contentEnd || (x.start < a.contentEnd && x.end >= a.contentEnd - 2))
      )
        break;
      a.contentEnd = c.quotes[q].end;
    }
  }
}

function kindOf(c: DocContext, start: number, end: number): AttributionKind {
  const text = c.text.slice(start, end).replace(/[\s.,;:!?]+$/u, '');
  let quoted = 0;
  for (const q of c.quotes) {
    if (q.end <= start || q.start >= end) continue;
    if (q.start <= start + 1 && q.end >= start + text.length - 1) return 'direct';
    if (/\s/.test(c.text.slice(q.start, q.end).trim())) quoted++;
  }
  return quoted > 0 ? 'mixed' : 'indirect';
}

/** The attribution (other than i) with the narrowest content holding i's cue and source: it relays i. */
function relayOf(c: DocContext, candidates: Candidate[], i: number): number | undefined {
  const a = candidates[i];
  const from = c.tokens[a.source ? Math.min(a.source.first, a.cue.first) : a.cue.first].start;
  const to = c.tokens[a.source ? Math.max(a.source.last, a.cue.last) - 1 : a.cue.last - 1].end;
  let best: number | undefined;
  candidates.forEach((b, j) => {
    if (j === i || b.contentStart > from || b.contentEnd < to) return;
    const width = b.contentEnd - b.contentStart;
    if (best === undefined || width < candidates[best].contentEnd - candidates[best].contentStart) best = j;
  });
  return best;
}

export function findAttributions(doc: AnalyzedArticle): Attribution[] {
  const c = docContext(doc);
  const candidates = detectCandidates(c);
  cutAtContinuations(c, candidates);
  extendOverQuotedParagraphs(c, candidates);
  const seen = new Set<string>();
  const kept = candidates.filter((x) => {
    const key = `${x.contentStart}:${x.contentEnd}`;
    if (x.contentEnd <= x.contentStart || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.map((x, i) => {
    const attribution: Attribution = {
      kind: kindOf(c, x.contentStart, x.contentEnd),
      source: x.source ? describeSource(doc, c, x.source) : null,
      cue: span(c.text, c.tokens[x.cue.first].start, c.tokens[x.cue.last - 1].end),
      content: span(c.text, x.contentStart, x.contentEnd),
    };
    const via = relayOf(c, kept, i);
    if (via !== undefined) attribution.via = via;
    return attribution;
  });
}

/**
 * Stage `attribution`: quotes and reported speech with their source, cue and content. Attributions
 * without `via` are relayed by the article itself (its byline and publisher).
 */
export const attributionStage = defineStage({
  name: 'attribution',
  requires: ['sentences', 'tokens'],
  produces: ['attributions'],
  run(doc) {
    return { attributions: findAttributions(doc) };
  },
});
