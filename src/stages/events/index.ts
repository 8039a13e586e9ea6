// Stage `events`: who did what to whom, when, where, according to whom — PLOVER type and mode, CAMEO code,
// Goldstein score and QuadClass for every event the dictionary patterns find, with its evidence spans.
import type { AnalyzedArticle, Event, Span, Token } from '../../doc/schema.js';
import { span } from '../../doc/span.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { lemmatize } from '../syntax/lemma.js';
import {
  type ActorMention,
  actorMentions,
  domesticTarget,
  eventActor,
  objectAfter,
  phraseHead,
  placeSubject,
  placeTarget,
  sentenceSubject,
  subjectBefore,
} from './actors.js';
import { auxiliaries, beForms } from './auxiliaries.js';
import { type CodedEvent, codeSentence } from './code-sentence.js';
import { isContest, isPoliticalAttack } from './contest.js';
import { attributionOf, locationOf, timeOf } from './context.js';
import { mergeDuplicates, symmetricTypes } from './merge.js';
import { nominalSides } from './nominal-sides.js';
import { recoded, withoutRecipient } from './recipient.js';
import { closedRelatives } from './relative.js';
import { responseTarget } from './response.js';
import { sentenceViews } from './sentence-view.js';
import { quotedSpeaker } from './speaker.js';
import { nounPhraseBefore, reducedRelatives, uncodedSubject } from './subject-phrase.js';
import { NOUN_OPENERS, unnamedBodyTarget } from './unnamed-body.js';

/** The lemma of a trigger's verb word (read as a past verb when the tagger gave it another tag). */
const verbLemma = (head: Token) => lemmatize(head.text, head.pos?.startsWith('VB') ? head.pos : 'VBD');

const patientSubjectVerbs = lexiconSet('event-patient-subject-verbs.txt');
const possessiveDeterminers = lexiconSet('possessive-determiners.txt');

/**
 * Where the subject of a trigger may start: the start of the reported clause holding it when that clause
 * begins inside the sentence ("Amnesty said [at least 22 people were killed]"), else the sentence start.
 * An infinitive content ("pledged [to be elected …]") has the speaker as subject.
 */
function reportedClauseStart(
  doc: AnalyzedArticle,
  sentence: { start: number; end: number },
  trigger: { start: number; end: number },
  attributions: readonly number[],
): number {
  const at = attributionOf(doc, trigger, attributions);
  const content = at === undefined ? undefined : doc.attributions?.[at]?.content;
  if (!content || content.start <= sentence.start || content.start >= trigger.start) return sentence.start;
  return /^(?:to|that\s+to)\b/i.test(content.text) ? sentence.start : content.start;
}

interface Sides {
  source: ActorMention[];
  target: ActorMention[];
  /** the source is the country the event happens in, standing for people the text does not name */
  domestic?: boolean;
}

/** What the side finder reads of one sentence, gathered once per sentence. */
interface SentenceScope {
  doc: AnalyzedArticle;
  actors: readonly ActorMention[];
  sentence: { start: number; end: number };
  tokens: readonly Token[];
  words: readonly string[];
  /** the timexes of the sentence */
  times: readonly Span[];
  /** the attributions reaching into the sentence */
  attributions: readonly number[];
  /** the speaker of a quote whose first-person pronoun is the subject of the verb at a token (speaker.ts) */
  speakerOf: (head: number, passive?: boolean) => ActorMention[];
  /** the sentence's bare participles with their phrases (subject-phrase.ts), found once per sentence */
  participles: readonly { start: number; end: number; after: number }[];
}

/** Source and target of one coded event within its sentence. */
function sides(
  scope: SentenceScope,
  event: CodedEvent,
  previous: Sides | null,
  /** where the object may end: the next trigger of the sentence, or its end */
  objectEnd: number,
  /** where the place of the event may end: the next main-clause trigger, or the sentence's end */
  placeEnd: number,
): Sides {
  const { doc, actors, sentence, tokens, words, times, attributions, speakerOf, participles } = scope;
  const text = doc.text;
  const start = tokens[event.start].start;
  const end = tokens[event.end - 1].end;
  const before = words[event.start - 1] ?? '';
  // who may be the subject of the verb at token `at`: not an actor inside a relative clause that closed
  // before it ("The envoy, who met Putin on Monday, criticized Israel")
  const closed = (at: number) => [
    ...closedRelatives(tokens, at),
    ...participles.filter((p) => p.after <= at),
  ];
  const outside = (relatives: readonly { start: number; end: number }[]) =>
    actors.filter((a) => !relatives.some((r) => a.start >= r.start && a.end <= r.end));
  // "A demanded that B withdraw", "A urged B to withdraw": A is the source, B (else the object) the target
  if (event.frameAt >= 0) {
    const frame = tokens[event.frameAt];
    const source = subjectBefore(text, outside(closed(event.frameAt)), sentence.start, frame.start);
    const between = objectAfter(text, actors, frame.end, start);
    // the demand is the framer's even when the framer is no actor: the embedded subject is its target
    if (source.length > 0 || between.length > 0) {
      const object = between.length > 0 ? between : objectAfter(text, actors, end, objectEnd);
      return {
        source,
        target: object.length > 0 ? object : placeTarget(text, actors, end, placeEnd, source),
      };
    }
  }
  // "a day after police opened fire": a subject that names no actor leaves the source unknown
  const relatives = closed(event.start);
  const unnamed = uncodedSubject(tokens, event.head, actors, times, relatives);
  // "His widow, Yulia Navalnaya, has accused …": a possessive determiner is no verb's subject; it is a
  // noun's agent, which controls an infinitive ("his call to ban …") or a frame ("its demand that …", above)
  const infinitive = before === 'to';
  const candidates = outside(relatives).filter(
    (a) => infinitive || !possessiveDeterminers().has(text.slice(a.start, a.end).toLowerCase()),
  );
  // "Amnesty said at least 22 people were killed": the subject of a reported passive is found inside the
  // report (an active verb's own subject is judged by uncodedSubject above)
  const passiveVerb =
    tokens[event.head].pos === 'VBN' &&
    (beForms().has(before) || beForms().has(words[event.start - 2] ?? ''));
  const from = passiveVerb
    ? reportedClauseStart(doc, sentence, tokens[event.head], attributions)
    : sentence.start;
  let subject = unnamed ? [] : subjectBefore(text, candidates, from, start);
  // "…, I concede," Ruto said: a first-person subject in a quotation is its speaker, not the actor before
  // it ("the people of Kenya"); where no actor was found, the speaker comes in below only for an event
  // with a target (the talk in quotes, "I mean", "I hear", is mostly no event)
  const speaker = subject.length > 0 ? speakerOf(event.head) : [];
  if (speaker.length > 0) subject = speaker;
  // '"I was arrested in Iran," the journalist said': the speaker undergoes a first-person passive, done
  // by whom the place stands for (without a place, "I was met with applause", there is no event)
  const undergoing =
    subject.length === 0 && passiveVerb && placeTarget(text, actors, end, placeEnd, []).length > 0
      ? speakerOf(event.head, true)
      : [];
  if (undergoing.length > 0) subject = undergoing;
  const named = subject.length > 0;
  if (!named && !unnamed) subject = placeSubject(text, candidates, sentence.start, start);
  // "…, blaming X": a participle after a comma shares the main clause's subject
  if (before === ',' && words[event.head].endsWith('ing'))
    subject = sentenceSubject(text, actors, sentence.start, start);
  // "… welcomed A and hosted B": coordinated verbs share the subject
  if (before === 'and' && previous) subject = previous.domestic ? [] : previous.source;
  // passive: "sanctions were imposed by the UN" (or a participle: "an image released by KCNA") — the
  // by-phrase is the source, the subject the target
  const participle = tokens[event.head].pos === 'VBN' && words[event.end] === 'by';
  const afterBe = beForms().has(before) || beForms().has(words[event.start - 2] ?? '');
  if (participle || afterBe) {
    // "Russia's annexation of Crimea was condemned": what was condemned is Russia
    const head = phraseHead(text, candidates, subject);
    const by = words.indexOf('by', event.end);
    if (by !== -1 && by - event.end <= 3) {
      const agent = objectAfter(text, actors, tokens[by].end, objectEnd);
      // without an actor subject, the patient follows the verb ("imposed on Iran by …")
      const patient = subject.length > 0 ? head : objectAfter(text, actors, end, tokens[by].start);
      if (agent.length > 0) return { source: agent, target: patient };
    }
    // "A British tanker was seized": a passive that names no agent has none; its subject is what the
    // event was done to. As for people the text does not name, the place of the event stands for the
    // unnamed agent ("A journalist was killed in Beirut": LBN → the journalist)
    if (afterBe && agentless(tokens, event, subject[0]?.end ?? -1) && named && !event.reversed) {
      const place = placeTarget(text, actors, end, placeEnd, []);
      return place.length > 0
        ? { source: place, target: head, domestic: true }
        : { source: [], target: head };
    }
  }
  // "prisoners held in Israeli jails": the noun a participle describes is the one acted on; the country
  // it happens in, when named, stands for the unnamed agent
  if (!event.reversed && participles.some((p) => p.start === tokens[event.head].start)) {
    const described = nounPhraseBefore(tokens, event.head);
    const patient = subject.filter((a) => a.end > described.start && a.start < described.end);
    // "Prisoners held in Israeli jails": nobody named undergoes it, so no event between actors
    if (patient.length === 0) return { source: [], target: [] };
    const place = placeTarget(text, actors, end, placeEnd, patient);
    return place.length > 0
      ? { source: place, target: patient, domestic: true }
      : { source: [], target: patient };
  }
  // "Navalny died in a penal colony": the subject of a death undergoes it, and a death nobody is named
  // as causing is no event between actors (a pattern such as "died in attack by" still codes one)
  if (patientSubjectVerbs().has(verbLemma(tokens[event.head])) && !event.patterned)
    return { source: [], target: [] };
  let object = objectAfter(text, actors, end, objectEnd);
  if (event.reversed) return { source: object, target: subject };
  // "withdraw its troops from Lebanon": the subject's own forces are not what the event is done to
  if (object.length > 0 && sameCodes(object, subject))
    object = objectAfter(text, actors, object[object.length - 1].end, objectEnd);
  // "Prisoners rioted at a jail in East Timor": people the text does not name, acting in a named
  // country, are its actors; without an object, the event concerns that country (PLOVER codes X→X).
  // Not for a pronoun subject ("we arrived in Cleveland") nor a subordinate clause ("before arriving").
  const pronoun = tokens.slice(0, event.start).some((t) => t.pos === 'PRP');
  if (subject.length === 0 && !pronoun && !event.subordinate) {
    const place = placeTarget(text, actors, end, placeEnd, []);
    if (place.length > 0)
      return { source: place, target: object.length > 0 ? object : place, domestic: true };
  }
  // "Russia and Ukraine held talks in Istanbul": a meeting of several countries is theirs, its place hosts it
  const parties =
    symmetricTypes().has(event.type) && new Set(subject.map((a) => a.code.slice(0, 3))).size > 1;
  // "the Tamil Tigers attacked a naval base in Trincomalee": an attack on nothing named is on the place
  const own = placeTargetTypes().has(event.type) ? [] : subject;
  const target = object.length > 0 || parties ? object : placeTarget(text, actors, end, placeEnd, own);
  return { source: subject, target };
}

const statives = lexiconSet('event-stative-participles.txt');
const placeTargetTypes = lexiconSet('event-place-targets.txt');

/**
 * True when the event is a passive participle ("was seized") whose subject, ending at `subjectEnd`, is in
 * its own clause (no verb between them), and not a stative one ("is opposed to").
 */
function agentless(tokens: readonly Token[], event: CodedEvent, subjectEnd: number): boolean {
  const head = tokens[event.head];
  if (head.pos !== 'VBN' || statives().has(head.text.toLowerCase())) return false;
  const between = tokens.slice(0, event.start).filter((t) => t.start >= subjectEnd);
  return between.every((t) => auxiliaries().has(t.text.toLowerCase()) || !t.pos?.startsWith('VB'));
}

/** CAMEO's criticism: what an assault between one country's politicians is in news language. */
const CRITICISM = '111';

const codesOf = (side: readonly ActorMention[]) => [...new Set(side.map((a) => a.code))].sort().join('+');
const sameCodes = (a: readonly ActorMention[], b: readonly ActorMention[]) => codesOf(a) === codesOf(b);

function sameActors(s: Sides): boolean {
  return !s.domestic && s.source.length > 0 && sameCodes(s.source, s.target);
}

/**
 * "Sanders promised to end the deportation regime", "Clinton is offering her reviews", "72 percent
 * agreed": an intent to cooperate (CAMEO 030–033) made to nobody is a promise or an opinion, no event
 * between actors; an intent to yield or reform ("will resign", 034–035) needs no counterpart, and parties
 * of several countries pledge to each other ("promising to expand economic ties").
 */
function undirectedPledge(event: CodedEvent, s: Sides): boolean {
  if (event.type !== 'AGREE' || !/^03[0-3]/.test(event.cameo) || s.target.length > 0) return false;
  return new Set(s.source.map((a) => a.code.slice(0, 3))).size < 2;
}

/**
 * "voters supported Trump", "groups supporting her", "supports immigration reform": bare support (CAMEO
 * 050, not the endorsement or praise of 051) with no target, no named supporter, or a target of the
 * supporter's own country is electoral backing or a stance on a policy, no diplomatic cooperation.
 */
function stance(event: CodedEvent, s: Sides): boolean {
  if (event.cameo !== '050') return false;
  if (s.target.length === 0 || s.source.length === 0 || s.domestic) return true;
  const own = new Set(s.source.map((a) => a.code.slice(0, 3)));
  return s.target.every((a) => own.has(a.code.slice(0, 3)));
}

function confidence(event: CodedEvent, s: Sides): number {
  let c = 0.45;
  if (event.basis === 'pattern') c += 0.2;
  else if (event.basis === 'verb') c += 0.1;
  if (s.source.length > 0) c += 0.15;
  if (s.target.length > 0) c += 0.1;
  return Math.round(c * 100) / 100;
}

export interface FindOptions {
  /** keep events with neither source nor target (evaluation of the event coding alone) */
  keepActorless?: boolean;
}

export function findEvents(doc: AnalyzedArticle, ctx: StageContext, options: FindOptions = {}): Event[] {
  const tokens = doc.tokens ?? [];
  const actors = actorMentions(doc);
  const codes = new Map(actors.map((a) => [a.entity, a.code]));
  // countries of the knowledge base the link stage loaded (kept per process), for inferred targets;
  // read only when an event needs one, so a pipeline without the link stage does not load it
  const knowledge = () => knowledgeBase(ctx.options.knowledgeFiles ?? []);
  const countries = () => knowledge().countries;
  const events: Event[] = [];
  let t = 0;
  const views = sentenceViews(doc, actors);
  (doc.sentences ?? []).forEach((sentence, index) => {
    const view = views[index];
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].end <= sentence.end) t++;
    const sentenceTokens = tokens.slice(from, t);
    const texts = sentenceTokens.map((token) => token.text);
    const words = texts.map((w) => w.toLowerCase());
    const pos = sentenceTokens.some((token) => token.pos)
      ? sentenceTokens.map((token) => token.pos)
      : undefined;
    let previous: Sides | null = null;
    const times = view.timexes.map((i) => (doc.timexes ?? [])[i]);
    const participles = pos ? reducedRelatives(sentenceTokens, words) : [];
    const speakerOf = (head: number, passive = false) =>
      quotedSpeaker(doc, sentenceTokens, head, view.attributions, actors, codes, passive);
    const scope: SentenceScope = {
      doc,
      actors: view.actors,
      sentence,
      tokens: sentenceTokens,
      words,
      times,
      attributions: view.attributions,
      speakerOf,
      participles,
    };
    const coded = codeSentence(texts, pos);
    for (const [k, codedEvent] of coded.entries()) {
      if (codedEvent.content) continue;
      // a noun trigger ("condemned the attack on …") does not end the object of the verb before it, nor
      // one after a determiner or number, which modifies the noun after it ("arrested three suspected
      // Pakistani agents")
      const next = coded.slice(k + 1).find((e) => !e.nominal && !NOUN_OPENERS.has(pos?.[e.start - 1] ?? ''));
      const objectEnd = next ? sentenceTokens[next.start].start : sentence.end;
      const nextMain = coded.slice(k + 1).find((e) => !e.subordinate);
      const placeEnd = nextMain ? sentenceTokens[nextMain.start].start : sentence.end;
      let s: Sides = codedEvent.nominal
        ? nominalSides(doc.text, view.actors, sentenceTokens, words, codedEvent.head)
        : sides(scope, codedEvent, previous, objectEnd, placeEnd);
      const trigger = span(
        doc.text,
        sentenceTokens[codedEvent.start].start,
        sentenceTokens[codedEvent.end - 1].end,
      );
      const attribution = attributionOf(doc, trigger, view.attributions);
      // "\"We will not negotiate with Iran,\" the Israeli prime minister said": the speaker is the source
      // of what the quote says was done to someone (not of its wishes and feelings: "I would love …")
      if (s.source.length === 0 && s.target.length > 0 && !codedEvent.nominal) {
        const speaker = speakerOf(codedEvent.head);
        if (speaker.length > 0) s = { source: speaker, target: s.target };
      }
      // "to elevate the relationship between the two countries" (Kim pledged): of a group standing for
      // several countries, the target is the others, not the source's own
      if (s.target.length > 1 && s.source.length > 0) {
        const own = new Set(s.source.map((a) => a.code.slice(0, 3)));
        const others = s.target.filter((a) => !own.has(a.code.slice(0, 3)));
        if (others.length > 0 && others.length < s.target.length) s = { ...s, target: others };
      }
      const verb = codedEvent.verb ?? verbLemma(sentenceTokens[codedEvent.head]);
      const addressed = s.target.length === 0 ? withoutRecipient(codedEvent, verb) : codedEvent;
      const event = isPoliticalAttack(addressed.type, s.source, s.target)
        ? recoded(addressed, CRITICISM)
        : addressed;
      // precision over volume: an event nobody does and nobody undergoes is not recorded, nor one an
      // actor does to itself ("officials, led by …"); a verb coded only by its loose block's default
      // ("beats" in DESTROY) needs both a source and a target actor, and a source the place stands for
      // is no named actor
      const actorless = s.source.length + s.target.length === 0;
      const named = s.source.length > 0 && !s.domestic;
      const weak = event.basis === 'block' && (!named || s.target.length === 0);
      if (
        !options.keepActorless &&
        (actorless || weak || sameActors(s) || undirectedPledge(event, s) || stance(event, s))
      )
        continue;
      if (isContest(verb, s.source, s.target)) continue;
      previous = s;
      const source = eventActor(s.source, s.domestic);
      events.push({
        type: event.type,
        ...(event.mode ? { mode: event.mode } : {}),
        cameo: event.cameo,
        goldstein: event.goldstein,
        quad: event.quad,
        source,
        target:
          eventActor(s.target, s.domestic && s.target === s.source) ??
          responseTarget(events, index, event.type, source) ??
          unnamedBodyTarget(
            doc,
            sentenceTokens,
            codedEvent.end,
            objectEnd,
            s.source,
            view.actors,
            knowledge,
          ) ??
          domesticTarget(doc, event.type, s.source, countries),
        trigger,
        sentence: index,
        time: timeOf(doc, sentence, trigger, attribution, ctx.anchor, view.timexes),
        location: locationOf(doc, sentence, trigger, view.places),
        ...(attribution === undefined ? {} : { attribution }),
        modality: event.modality,
        negated: event.negated,
        ...(event.subordinate ? { subordinate: true } : {}),
        confidence: confidence(event, s),
      });
    }
  });
  return mergeDuplicates(doc, events);
}

/** Stage `events` (last in the pipeline: it reads every earlier layer that is present). */
export const eventsStage = defineStage({
  name: 'events',
  requires: ['sentences', 'tokens'],
  produces: ['events'],
  run: (doc, ctx) => ({ events: findEvents(doc, ctx) }),
});
