// In-document coreference: mentions grouped into entities, each with a canonical name, a
// knowledge-base id and its actor code at the article's date.

import type { ActorCode, Entity, MentionType } from '../../doc/schema.js';
import type { CodedActor } from '../../knowledge/actor-code.js';
import { lexiconSet } from '../../knowledge/word-set.js';

const dayNames = lexiconSet('day-names.txt');
const honorifics = lexiconSet('honorifics.txt');

/** The words of a person's name, without an honorific or a day name the tagger glued on ("Kim Friday"). */
function nameWords(words: readonly string[]): string[] {
  const days = dayNames();
  const titles = honorifics();
  return words.filter((w) => !days.has(w) && !titles.has(w));
}

export interface LinkedEntity extends Entity {
  /** the words of the entity's names, for "Kim" → "Kim Jong Un" */
  words: Set<string>;
  /** its names as written, lower-cased: the same unknown name twice is one entity */
  names: Set<string>;
  /** true while every mention is a noun phrase: it may still take the name of an organisation */
  nominalOnly: boolean;
  /** offset of the latest mention, for recency */
  last: number;
}

export interface Referent {
  start: number;
  text: string;
  type: MentionType;
  form: 'name' | 'nominal';
  coded: CodedActor | null;
  words: string[];
}

function actorOf(coded: CodedActor | null): ActorCode | null {
  return coded ? { code: coded.code, country: coded.country, sector: coded.sector } : null;
}

export class EntityTable {
  readonly entities: LinkedEntity[] = [];

  /** The entity a mention refers to, creating one if no earlier entity is the same actor. */
  resolve(r: Referent): LinkedEntity {
    const e = this.find(r) ?? this.create(r);
    if (r.form === 'name' && e.nominalOnly) {
      // "North Korea's state media" … "KCNA": the group now has a name
      e.nominalOnly = false;
      e.name = r.coded?.kb ? r.coded.name : r.text;
      e.kb = r.coded?.kb;
      e.type = r.type;
    }
    if (r.form === 'name' && r.type === 'PER' && r.words.length > e.words.size) {
      // "Pence" … "Mike Pence": the fuller name names the person
      e.name = r.coded?.kb ? r.coded.name : r.text;
      e.kb = r.coded?.kb ?? e.kb;
      e.actor = e.actor ?? actorOf(r.coded);
    }
    for (const w of r.type === 'PER' ? nameWords(r.words) : r.words) e.words.add(w);
    if (r.form === 'name') e.names.add(r.text.toLowerCase());
    e.last = r.start;
    return e;
  }

  /** The entity mentioned most recently that passes `test`. */
  latest(test: (e: LinkedEntity) => boolean): LinkedEntity | undefined {
    let best: LinkedEntity | undefined;
    for (const e of this.entities) if ((!best || e.last > best.last) && test(e)) best = e;
    return best;
  }

  private find(r: Referent): LinkedEntity | undefined {
    const kb = r.coded?.kb;
    const code = r.coded?.code;
    if (kb && r.form === 'name') {
      const same = this.latest((e) => e.kb === kb && e.actor?.code === code);
      if (same) return same;
    }
    if (r.form === 'name' && !kb) {
      const same = this.latest((e) => e.names.has(r.text.toLowerCase()) && e.actor?.code === code);
      if (same) return same;
    }
    if (r.type === 'PER' && r.form === 'name' && !kb) {
      // "Kim" after "Kim Jong Un" (whatever type the NER gave it): every word of the short name is in the
      // earlier one; a day name glued on by the tagger ("Kim Friday welcomed") is not part of a name
      const own = nameWords(r.words);
      const person = this.latest(
        (e) => e.type !== 'LOC' && e.words.size >= own.length && own.every((w) => e.words.has(w)),
      );
      if (person && own.length > 0) return person;
    }
    if (r.type === 'PER' && r.form === 'name') {
      // "Pence" before "Mike Pence": a shorter name met first, with no code of its own
      const shorter = this.latest(
        (e) =>
          e.type === 'PER' &&
          !e.kb &&
          e.words.size < r.words.length &&
          [...e.words].every((w) => r.words.includes(w)),
      );
      if (shorter && (!shorter.actor || shorter.actor.code === code)) return shorter;
    }
    if (!code || !r.coded?.sector) return undefined;
    // "the Chinese officials" → "a Chinese delegation"; "state media" → "KCNA": groups described, and media
    if (r.form === 'nominal') {
      return this.latest((e) => e.actor?.code === code && (e.nominalOnly || r.coded?.sector === 'MED'));
    }
    // "North Korea's state media" … "KCNA": media named after being described (a delegation is not an organisation)
    if (r.type === 'ORG' && r.coded.sector === 'MED')
      return this.latest((e) => e.actor?.code === code && e.nominalOnly);
    return undefined;
  }

  private create(r: Referent): LinkedEntity {
    const e: LinkedEntity = {
      id: `e${this.entities.length + 1}`,
      name: r.coded?.kb && r.form === 'name' ? r.coded.name : r.text,
      type: r.type,
      actor: actorOf(r.coded),
      mentions: [],
      kb: r.coded?.kb,
      words: new Set(),
      names: new Set(),
      nominalOnly: r.form === 'nominal',
      last: r.start,
    };
    this.entities.push(e);
    return e;
  }
}
