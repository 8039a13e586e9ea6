// Codes the events of one sentence: dictionary verbs (verb-coder), their modal frame (modality) and the
// CAMEO → PLOVER codebook. Token indexes are relative to the sentence.
import type { Modality } from '../../doc/schema.js';
import { type CameoCodeInfo, cameoInfo } from '../../knowledge/events-codebook.js';
import { lexiconSet } from '../../knowledge/word-set.js';
import { isSubordinate } from './clause.js';
import { cueModality, modalCode, modalTarget, verbFrame } from './modality.js';
import { modeFromWords } from './modes.js';
import { type NominalMatch, nominalMatches } from './nominal.js';
import { requestBefore } from './nominal-request.js';
import { obligationMatches, speakerVerb } from './obligation.js';
import { obstructsInProtest } from './protest-purpose.js';
import { codeVerbs, nounPatternCode, type VerbMatch } from './verb-coder.js';

const patternOnlyRoots = lexiconSet('event-pattern-only-roots.txt');

export interface CodedEvent {
  /** token range of the trigger and its verb word */
  start: number;
  end: number;
  head: number;
  cameo: string;
  type: string;
  mode?: string;
  goldstein: number;
  quad: number;
  modality: Modality;
  negated: boolean;
  /** the dictionary coded the event from the object to the subject ("faced criticism from …") */
  reversed: boolean;
  /** a specific verb pattern (not only the bare verb) decided the code */
  patterned: boolean;
  /** what decided the code (see VerbMatch.basis) */
  basis: 'pattern' | 'verb' | 'block';
  /** tokens the pattern matched (prepositions whose object may be the target) */
  matched: number[];
  /** the framing verb before the trigger ("demanded that B …", "urged B to …"), or -1 */
  frameAt: number;
  /** the trigger heads a subordinate clause (clause.ts); a noun trigger is background too */
  subordinate: boolean;
  /**
   * "called for a prosecutor to investigate her", "met the mayor to discuss aid": a bare infinitive after
   * an event of the sentence is that event's content or purpose, no event of its own ("tried to
   * assassinate" stays one); it still ends the object of the event before it
   */
  content?: true;
  /** the trigger is a noun ("the bombing of …"): its arguments are read around the noun (nominal.ts) */
  nominal?: true;
  /** a noun trigger's verb ("deployment" → deploy), from the noun table */
  verb?: string;
}

/** Auxiliaries and purpose "to" frame a verb within its own clause; other cues are verbs with a subject. */
const CLAUSE_INTERNAL = new Set([
  'will',
  'would',
  "'ll",
  'shall',
  'must',
  'could',
  'may',
  'might',
  'if',
  'unless',
  'to',
]);
const frameVerb = (cue: string | null, word: string | undefined) =>
  cue !== null && cue !== 'CONTENT' && word !== undefined && !CLAUSE_INTERNAL.has(word);

/** "to enhance freedoms and promote tolerance": a verb right after "and" shares the clause of the verb before. */
function coordinated(
  words: readonly string[],
  start: number,
  events: readonly CodedEvent[],
): boolean | undefined {
  const last = events[events.length - 1];
  return words[start - 1] === 'and' && last ? last.subordinate : undefined;
}

/**
 * Tags of the words of a short noun phrase ("Germany", "Turkey's president", "the allies"), or of two
 * joined by "and" ("urged Serbia and Kosovo to …").
 */
const PHRASE_TAG = /^(?:NNP|NNPS|NN|NNS|PRP|DT|JJ|POS|CC)$/;

/**
 * "asked Germany for tanks", "urged Iran to return", "appealed to NATO for help": an appeal that names
 * whom it asks (a noun phrase of at most four words after the verb, or after its "to"), then for what.
 */
function addressed(
  words: readonly string[],
  pos: readonly (string | undefined)[] | undefined,
  end: number,
): boolean {
  if (!pos) return false;
  let i = words[end] === 'to' ? end + 1 : end;
  const from = i;
  // "asked it to be fetched": a thing is asked for, not asked
  while (i < words.length && i - from < 4 && PHRASE_TAG.test(pos[i] ?? '') && words[i] !== 'it') i++;
  if (i === from) return false;
  return words[i] === 'for' || (words[i] === 'to' && (pos[i + 1] ?? '').startsWith('VB'));
}

const newsroomRequests = lexiconSet('event-newsroom-requests.txt');

/** "asked the Pentagon for comment": the "for" phrase within a few words of the verb asks for a reply. */
function asksForComment(words: readonly string[], end: number): boolean {
  const at = words.indexOf('for', end);
  if (at === -1 || at - end > 6) return false;
  // "for comment", "for a comment", "for any further details"
  return words.slice(at + 1, at + 4).some((w) => newsroomRequests().has(w));
}

/** Events of a sentence given its tokens' text and, when known, their Penn tags. */
export function codeSentence(tokens: readonly string[], pos?: readonly (string | undefined)[]): CodedEvent[] {
  const words = tokens.map((t) => t.toLowerCase());
  const capitalized = tokens.map((t) => /^\p{Lu}/u.test(t));
  const events: CodedEvent[] = [];
  const coded = codeVerbs(words, pos, capitalized);
  const matches = [...coded, ...obligationMatches(words, pos, coded)].sort((a, b) => a.start - b.start);
  for (const match of matches) {
    const dictionaryCode = match.code ?? match.reverse;
    if (dictionaryCode === null) continue;
    const frame = verbFrame(words, match.start);
    if (frame.cue === 'CONTENT') continue; // "efforts to impose sanctions": what the efforts are about
    // a frame verb that the dictionary also coded ("demanded", "threatened") is the matrix of this event:
    // the sentence reports one event, coded through the frame
    const matrix = events.findIndex((e) => e.head === frame.cueAt);
    let target = modalTarget(frame.cue, dictionaryCode);
    // "might meet", "could host talks", "if they fail to act": a possibility is no event, unless the frame
    // makes a conditional use of force or sanction a threat ("may impose sanctions")
    if (frame.cue === 'hypothetical' && target !== 'THREATEN') continue;
    // the frame does not change what the embedded verb means ("agreed to postpone"), or the matrix is
    // itself framed ("demanded that … plans to sell"): the matrix event stands for the sentence
    if (matrix !== -1 && (target === null || events[matrix].modality !== 'asserted')) continue;
    if (matrix !== -1) events.splice(matrix, 1);
    let negated = frame.negated;
    const cooperative = Number(dictionaryCode.slice(0, 2)) <= 8;
    if (negated && cooperative && (frame.cue === 'intended' || frame.cue === 'pledged')) {
      target = 'REJECT'; // "will not accept" is a refusal
      negated = false;
    }
    const framed = target ? modalCode(target, dictionaryCode, words[match.head], frame.cue) : dictionaryCode;
    const cameo = !target && obstructsInProtest(words, match.head) ? '144' : framed;
    const info = cameoInfo(cameo);
    if (!info?.plover) continue; // CAMEO 01 (statements) are not PLOVER events
    // an appeal needs its pattern ("called for …") or someone it is addressed to ("asked Germany for
    // tanks"): the bare verbs ask questions or wish ("asked", "hopes"); a framed act is the appeal's content
    if (
      target === null &&
      !match.pattern &&
      patternOnlyRoots().has(cameo.slice(0, 2)) &&
      !addressed(words, pos, match.end)
    )
      continue;
    if (cameo.startsWith('02') && asksForComment(words, match.end)) continue;
    events.push({
      ...codedFields(words, match, cameo, info, info.plover),
      modality: target === 'REJECT' ? 'asserted' : cueModality(frame.cue),
      negated,
      patterned: match.pattern !== null,
      matched: match.matched,
      frameAt: frameVerb(frame.cue, words[frame.cueAt]) ? frame.cueAt : speakerVerb(words, pos, frame.cueAt),
      subordinate:
        coordinated(words, match.start, events) ??
        isSubordinate(words, pos, match.start, match.head, frame.cue),
      ...(frame.cue === 'PURPOSE' && events.some((e) => !e.content) ? { content: true as const } : {}),
    });
  }
  if (!pos) return events;
  // a verb requesting an event noun ("called for a ban on …") takes the code of the request for that
  // event; the noun stands for it only when the verb itself was not coded ("asked for a meeting")
  for (const event of nominalEvents(words, pos, coded)) {
    const verb = event.frameAt === -1 ? -1 : events.findIndex((e) => e.head === event.frameAt);
    if (verb === -1) events.push(event);
    else {
      const { cameo, type, mode, goldstein, quad } = event;
      events[verb] = { ...events[verb], cameo, type, mode, goldstein, quad };
    }
  }
  return events;
}

/** The fields of a coded event that follow from its trigger and its CAMEO code. */
function codedFields(
  words: readonly string[],
  match: Pick<VerbMatch | NominalMatch, 'start' | 'end' | 'head' | 'code' | 'basis'>,
  cameo: string,
  info: CameoCodeInfo,
  type: string,
) {
  const mode = info.mode ?? modeFromWords(type, words, match.start, match.end);
  return {
    start: match.start,
    end: match.end,
    head: match.head,
    cameo,
    type,
    ...(mode ? { mode } : {}),
    goldstein: info.goldstein,
    quad: info.quad,
    reversed: match.code === null,
    basis: match.basis,
  };
}

/** Events stated by nouns outside the verbs' triggers and the nouns their patterns matched. */
function nominalEvents(
  words: readonly string[],
  pos: readonly (string | undefined)[],
  verbs: readonly VerbMatch[],
): CodedEvent[] {
  const taken = new Set<number>();
  for (const v of verbs) {
    for (let k = v.start; k < v.end; k++) taken.add(k);
    for (const k of v.matched) taken.add(k);
  }
  const events: CodedEvent[] = [];
  for (const match of nominalMatches(words, pos, taken)) {
    // the noun's verb's patterns read its complement ("the expulsion of two diplomats": 166, not 174)
    const patterned = nounPatternCode(words, pos, match.verb, match.head);
    const own = patterned ?? match.code ?? match.reverse;
    if (own === null) continue;
    const request = requestBefore(words, pos, match.start);
    const target = request ? modalTarget(request.cue, own) : null;
    const cameo = request && target ? modalCode(target, own, words[match.head], request.cue) : own;
    const info = cameoInfo(cameo);
    if (!info?.plover) continue;
    events.push({
      ...codedFields(words, match, cameo, info, info.plover),
      modality: request && target ? cueModality(request.cue) : 'asserted',
      negated: false,
      patterned: false,
      matched: [],
      frameAt: request && target ? request.at : -1,
      subordinate: !(request && target),
      nominal: true,
      verb: match.verb,
    });
  }
  return events;
}
