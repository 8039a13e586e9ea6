// What the link stage carries from sentence to sentence while it reads an article.
import type { Mention } from '../../doc/schema.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { EntityTable, LinkedEntity } from './entities.js';

export interface LinkContext {
  text: string;
  sentence: { start: number; end: number };
  kb: KnowledgeBase;
  /** YYYY-MM-DD the codes must hold at (the publication date), or null */
  date: string | null;
  table: EntityTable;
  /** the mentions linked so far, in no particular order */
  out: Mention[];
  /** the entities of the latest coordination ("The US and South Korean navies"), for "the allies" */
  lastGroup: LinkedEntity[];
  previousSentenceStart: number;
}
