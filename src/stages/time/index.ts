import type { Span, Timex } from '../../doc/schema.js';
import { partitionPoint } from '../../doc/sorted.js';
import { defineStage } from '../../pipeline/stage.js';
import { parseYmd } from './calendar.js';
import { recognize } from './grammar.js';
import type { Resolver, Tense } from './rule.js';
import { clauseTense } from './tense.js';

const CONTEXT = 40;

function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  const s = sentences[partitionPoint(sentences, (x) => x.end <= offset)];
  return s && s.start <= offset ? s : undefined;
}

/**
 * Finds the time expressions of `text` and normalises them to TimeML values against `anchor`
 * (the document creation time, YYYY-MM-DD…) and, for "a year earlier"-style expressions, the
 * last date mentioned before them.
 */
export function findTimexes(text: string, sentences: readonly Span[], anchorValue: string | null): Timex[] {
  const anchor = parseYmd(anchorValue);
  const timexes: Timex[] = [];
  const references: string[] = [];
  const periods: string[] = [];
  const reference = (kind?: RegExp, accept?: (value: string) => boolean): string | null =>
    references.findLast((value) => (!kind || kind.test(value)) && (!accept || accept(value))) ?? null;
  recognize(
    text,
    (start, end): Resolver => {
      let tense: Tense | undefined;
      return {
        anchor,
        tense() {
          if (tense === undefined) {
            const s = sentenceAt(sentences, start) ?? { start: 0, end: text.length, text };
            tense = clauseTense(text.slice(s.start, s.end), start - s.start, end - s.start);
          }
          return tense;
        },
        reference,
        period: () => periods.at(-1) ?? null,
        before: () => text.slice(Math.max(0, start - CONTEXT), start),
        after: () => text.slice(end, end + CONTEXT),
      };
    },
    (found) => {
      const inferred = found.anchoredTo !== undefined;
      const timex: Timex = {
        start: found.start,
        end: found.end,
        text: text.slice(found.start, found.end),
        type: found.type,
        value: found.value,
        inferred,
      };
      if (found.anchoredTo === 'published' && anchorValue) {
        timex.anchor = anchorValue;
        timex.anchoredTo = 'published';
      }
      if (found.anchoredTo === 'reference' && found.anchor) {
        timex.anchor = found.anchor;
        timex.anchoredTo = 'timex';
      }
      timexes.push(timex);
      // Only dates the text states or places against the DCT become references: a value derived
      // from the reference itself ("a year earlier") must not move it.
      const stated = found.anchoredTo !== 'reference' && found.type !== 'DURATION' && !found.passing;
      if (stated && /^\d{4}/.test(found.value)) references.push(found.value);
      if (found.period) periods.push(found.period);
      else if (stated && /^\d{4}-Q\d$/.test(found.value)) periods.push(found.value);
    },
  );
  return timexes;
}

/** Stage `time`: TimeML TIMEX3 time expressions with values resolved against the publication date. */
export const timeStage = defineStage({
  name: 'time',
  requires: ['sentences'],
  produces: ['timexes'],
  run(doc, ctx) {
    return { timexes: findTimexes(doc.text, doc.sentences ?? [], ctx.anchor) };
  },
});
