// What of the document lies in each sentence — its actor mentions, places, timexes and the
// attributions whose content reaches into it — bucketed in one pass over each layer, so that coding an
// event reads its own sentence and not the whole document (long articles stay linear in their length).
import type { AnalyzedArticle, Mention, Span } from '../../doc/schema.js';
import { bySentence, partitionPoint } from '../../doc/sorted.js';
import type { ActorMention } from './actors.js';

export interface SentenceView {
  /** actor mentions inside the sentence, in text order */
  actors: ActorMention[];
  /** LOC mentions inside the sentence, in the order of `doc.mentions` */
  places: Mention[];
  /** indexes of the timexes inside the sentence, ascending */
  timexes: number[];
  /** indexes of the attributions whose content overlaps the sentence, ascending */
  attributions: number[];
}

/** The index of the last sentence starting at or before `at` (-1 when none does). */
function sentenceAt(sentences: readonly Span[], at: number): number {
  return partitionPoint(sentences, (s) => s.start <= at) - 1;
}

export function sentenceViews(doc: AnalyzedArticle, actors: readonly ActorMention[]): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const actorsIn = bySentence(sentences, actors, (a) => a);
  const places = bySentence(
    sentences,
    (doc.mentions ?? []).filter((m) => m.type === 'LOC'),
    (m) => m,
  );
  const timexes = bySentence(
    sentences,
    (doc.timexes ?? []).map((_, i) => i),
    (i) => (doc.timexes ?? [])[i],
  );
  const attributions: number[][] = sentences.map(() => []);
  (doc.attributions ?? []).forEach(({ content }, i) => {
    for (let k = Math.max(0, sentenceAt(sentences, content.start)); k < sentences.length; k++) {
      if (sentences[k].start >= content.end) break;
      if (sentences[k].end > content.start) attributions[k].push(i);
    }
  });
  return sentences.map((_, k) => ({
    actors: actorsIn[k],
    places: places[k],
    timexes: timexes[k],
    attributions: attributions[k],
  }));
}
