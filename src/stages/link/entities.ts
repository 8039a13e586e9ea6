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
  /** how many mentions name it (not pronouns or nouns): the most named of several people is the principal */
  named: number;
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
  if (!coded) return null;
  const { code, country, sector, countryFrom } = coded;
  return { code, country, sector, ...(countryFrom ? { countryFrom } : {}) };
}

/** Entities listed under a key (a knowledge-base id, a name, a word, an actor code); a list may hold an
 * entity whose key has changed since, so lookups still test what they need. */
class EntityIndex {
  private readonly lists = new Map<string, LinkedEntity[]>();
  add(key: string | undefined, e: LinkedEntity): void {
    if (key === undefined) return;
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  }
  get(key: string | undefined): readonly LinkedEntity[] {
    return (key !== undefined && this.lists.get(key)) || [];
  }
}

export class EntityTable {
  readonly entities: LinkedEntity[] = [];
  // indexes so that a mention compares itself with the entities that can match it, not with all of
  // them (an article with thousands of entities stays linear)
  private readonly byKb = new EntityIndex();
  private readonly byName = new EntityIndex();
  private readonly byWord = new EntityIndex();
  private readonly byCode = new EntityIndex();
  /** entities that may have no words yet (every word set includes theirs); emptied of the others on use */
  private wordless: LinkedEntity[] = [];
  private readonly position = new Map<LinkedEntity, number>();

  /** `dated`: the article has a date, so a knowledge-base code says who is in office at it. */
  constructor(private readonly dated = true) {}

  /** The entity a mention refers to, creating one if no earlier entity is the same actor. */
  resolve(r: Referent): LinkedEntity {
    const e = this.find(r) ?? this.create(r);
    if (r.form === 'name' && e.nominalOnly) {
      // "North Korea's state media" … "KCNA": the group now has a name
      e.nominalOnly = false;
      e.name = r.coded?.kb ? r.coded.name : r.text;
      e.kb = r.coded?.kb;
      e.type = r.type;
      this.byKb.add(e.kb, e);
    }
    if (r.form === 'name' && r.type === 'PER' && r.words.length > e.words.size) {
      // "Pence" … "Mike Pence": the fuller name names the person
      e.name = r.coded?.kb ? r.coded.name : r.text;
      e.kb = r.coded?.kb ?? e.kb;
      e.actor = e.actor ?? actorOf(r.coded);
      this.byKb.add(e.kb, e);
      this.byCode.add(e.actor?.code, e);
    }
    for (const w of r.type === 'PER' ? nameWords(r.words) : r.words) {
      if (!e.words.has(w)) this.byWord.add(w, e);
      e.words.add(w);
    }
    if (r.form === 'name') {
      e.named++;
      const name = r.text.toLowerCase();
      if (!e.names.has(name)) this.byName.add(name, e);
      e.names.add(name);
    }
    e.last = r.start;
    return e;
  }

  /** Of `candidates`, the entity mentioned most recently (the earliest created on a tie) that passes `test`. */
  private latest(
    candidates: Iterable<LinkedEntity>,
    test: (e: LinkedEntity) => boolean,
  ): LinkedEntity | undefined {
    let best: LinkedEntity | undefined;
    let bestAt = 0;
    for (const e of candidates) {
      const at = this.position.get(e) ?? 0;
      if (best && (e.last < best.last || (e.last === best.last && at >= bestAt))) continue;
      if (!test(e)) continue;
      best = e;
      bestAt = at;
    }
    return best;
  }

  /** Of `candidates`, the entity named most often that passes `test` (the latest mentioned on a tie). */
  private mostNamed(
    candidates: Iterable<LinkedEntity>,
    test: (e: LinkedEntity) => boolean,
  ): LinkedEntity | undefined {
    let best: LinkedEntity | undefined;
    for (const e of candidates) {
      if (best && (e.named < best.named || (e.named === best.named && e.last <= best.last))) continue;
      if (test(e)) best = e;
    }
    return best;
  }

  /** Entities that share a word with `words`, and those without words. */
  private *sharingWords(words: readonly string[]): Iterable<LinkedEntity> {
    this.wordless = this.wordless.filter((e) => e.words.size === 0);
    yield* this.wordless;
    for (const w of new Set(words)) yield* this.byWord.get(w);
  }

  private find(r: Referent): LinkedEntity | undefined {
    const kb = r.coded?.kb;
    const code = r.coded?.code;
    if (kb && r.form === 'name') {
      const same = this.latest(this.byKb.get(kb), (e) => e.kb === kb && e.actor?.code === code);
      if (same) return same;
    }
    if (r.form === 'name' && !kb) {
      const name = r.text.toLowerCase();
      const same = this.latest(this.byName.get(name), (e) => e.names.has(name) && e.actor?.code === code);
      if (same) return same;
    }
    if (r.type === 'PER' && r.form === 'name') {
      // "Kim" after "Kim Jong Un" (whatever type the NER gave it): every word of the short name is in the
      // earlier one; a day name glued on by the tagger ("Kim Friday welcomed") is not part of a name. A
      // short name the knowledge base knows as someone else out of office ("Stein" after "Jill Stein", not
      // the dictionary's Eduardo Stein) is still the person the article named in full. Of several such
      // people the most named is the principal: "Clinton" after "Hillary Clinton … her daughter Chelsea".
      const own = nameWords(r.words);
      // a namesake in office at the date ("Obama" after "Michelle Obama" in 2016) stays that person
      // (undated, every namesake's code looks current: "Graham" would be a Canadian minister, not the
      // Lindsey Graham the article named in full)
      const inOffice =
        this.dated &&
        kb !== undefined &&
        r.coded?.sector !== undefined &&
        !['', 'ELI'].includes(r.coded.sector);
      const fuller = (e: LinkedEntity) => e.words.size > own.length || (!kb && e.words.size === own.length);
      const person =
        own.length > 0 && !inOffice
          ? this.mostNamed(
              this.byWord.get(own[0]),
              (e) => e.type !== 'LOC' && fuller(e) && own.every((w) => e.words.has(w)),
            )
          : undefined;
      if (person) return person;
    }
    if (r.type === 'PER' && r.form === 'name') {
      // "Pence" before "Mike Pence": a shorter name met first, with no code of its own
      const shorter = this.latest(
        this.sharingWords(r.words),
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
      return this.latest(
        this.byCode.get(code),
        (e) => e.actor?.code === code && (e.nominalOnly || r.coded?.sector === 'MED'),
      );
    }
    // "North Korea's state media" … "KCNA": media named after being described (a delegation is not an organisation)
    if (r.type === 'ORG' && r.coded.sector === 'MED')
      return this.latest(this.byCode.get(code), (e) => e.actor?.code === code && e.nominalOnly);
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
      named: 0,
    };
    this.position.set(e, this.entities.length);
    this.entities.push(e);
    this.wordless.push(e);
    this.byKb.add(e.kb, e);
    this.byCode.add(e.actor?.code, e);
    return e;
  }
}
