// The output contract (DESIGN.md). These zod definitions are the single source of truth:
// the TypeScript types are inferred from them and `dateline schema` prints their JSON Schema.
import { z } from 'zod';

export const SCHEMA_VERSION = 'dateline/1';

/** A `[start, end)` range of UTF-16 offsets into `text`, with the covered text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const SourceFormat = z.enum(['html', 'text', 'feed', 'jsonl']);

export const Source = z.object({
  path: z.string().optional().describe('the input path as given on the command line'),
  url: z.string().optional(),
  format: SourceFormat,
  item: z.number().int().optional().describe('index of the item within a feed or JSON Lines file'),
});

export const PublishedHow = z.enum(['given', 'metadata', 'text', 'inferred']);

export const EvidenceField = z.enum(['text', 'caption', 'dateline', 'source']);

/**
 * A span supporting the publication date. `field` says which string it indexes: `text` (the body,
 * the default), `caption` (`captions[caption].text`), `dateline` (`dateline.text`) or `source` (the
 * decoded source document, for dates printed outside the body such as a header date line).
 */
export const EvidenceSpan = Span.extend({
  field: EvidenceField.optional(),
  caption: z.number().int().optional().describe('index into `captions` when field is "caption"'),
});

export const Published = z.object({
  value: z.string().nullable().describe('YYYY-MM-DD[THH:MM…]'),
  how: PublishedHow.nullable().describe('null when no date was found'),
  evidence: z
    .array(EvidenceSpan)
    .optional()
    .describe('spans the date was read or inferred from; `field` names the string each one indexes'),
  source: z.string().optional().describe('which metadata field or rule gave the date'),
});

export const Caption = z.object({
  text: z.string(),
  credit: z.string().optional(),
});

export const Dateline = z.object({
  text: z.string().describe('the dateline as printed, e.g. "PYONGYANG, July 29 (Reuters) -"'),
  place: z.string().nullable(),
  date: z.string().nullable(),
  agency: z.string().nullable(),
});

/** One piece of the clean text copied from the source: text[start, start+length) = source[sourceStart, …). */
export const OffsetSegment = z.tuple([z.number().int(), z.number().int(), z.number().int()]);

export const Article = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().describe('content hash of the source ("sha256:…")'),
  source: Source,
  title: z.string().nullable(),
  dek: z.string().nullable(),
  byline: z.array(z.string()),
  publisher: z.string().nullable(),
  published: Published,
  language: z.string(),
  dateline: Dateline.nullable().optional(),
  text: z.string().describe('the clean body text; title, byline and captions are not part of it'),
  captions: z.array(Caption),
  offsets: z
    .array(OffsetSegment)
    .optional()
    .describe('[textStart, sourceStart, length] segments mapping body text back to the source'),
});

export const Token = Span.extend({
  pos: z.string().optional().describe('Penn Treebank part-of-speech tag (stage syntax)'),
  chunk: z.string().optional().describe('IOB2 phrase chunk tag, e.g. B-NP, I-VP (stage syntax)'),
});

export const MentionType = z.enum(['PER', 'ORG', 'LOC', 'MISC']);

export const Mention = Span.extend({
  type: MentionType,
  subtype: z.string().optional().describe('GPE, NORP, MEDIA, VESSEL, FAC, … where known'),
  entity: z.string().optional().describe('id of the entity this mention refers to'),
  form: z
    .enum(['name', 'nominal', 'pronoun'])
    .optional()
    .describe(
      'how the mention refers: a name (the default), a noun phrase ("a Chinese delegation") or a pronoun',
    ),
  entities: z
    .array(z.string())
    .optional()
    .describe('ids of the entities a plural mention refers to ("the two countries" → both)'),
});

export const ActorCode = z.object({
  code: z.string().describe('CAMEO actor code, e.g. PRKGOV'),
  country: z.string().describe('ISO3 country code or IGO/NGO prefix; empty when unknown'),
  sector: z.string().describe('CAMEO sector code(s), e.g. GOV, MIL; empty when none'),
  countryFrom: z
    .enum(['context', 'place', 'description', 'article'])
    .optional()
    .describe(
      'where the country came from when the name itself does not give it: the sentence around ("context"), a place the phrase puts the actor in ("place"), a title or apposition describing an unknown name ("description"), or, inferred, the country most of the article\'s named actors are of, for an institution named without one ("article": "Congress")',
    ),
});

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: MentionType,
  actor: ActorCode.nullable(),
  mentions: z.array(z.number().int()).describe('indexes into `mentions`'),
  kb: z.string().optional().describe('knowledge-base id'),
});

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const Timex = Span.extend({
  type: TimexType,
  value: z.string(),
  inferred: z.boolean().describe('true when the value depends on an anchor rather than the text alone'),
  anchor: z.string().optional().describe('what the value was resolved against'),
  anchoredTo: z
    .enum(['published', 'timex'])
    .optional()
    .describe('whether `anchor` is the publication date or an earlier time expression'),
});

export const AttributionKind = z.enum(['direct', 'indirect', 'mixed']);

export const Attribution = z.object({
  kind: AttributionKind,
  source: Span.extend({
    entity: z.string().optional(),
    anonymous: z.boolean().optional().describe('an unnamed source ("officials said")'),
    sector: z.string().optional().describe('CAMEO sector of an anonymous source when known, e.g. GOV, MIL'),
    antecedent: Span.extend({ entity: z.string().optional() })
      .optional()
      .describe('what a pronoun source was resolved to (inferred, not stated)'),
  }).nullable(),
  cue: Span.nullable(),
  content: Span,
  parts: z
    .array(Span)
    .optional()
    .describe(
      'the pieces of a content that its source and cue interrupt ("C1," X said, "C2"), in text order',
    ),
  via: z.number().int().optional().describe('index of the attribution that relays this one'),
});

export const Modality = z.enum([
  'asserted',
  'pledged',
  'intended',
  'demanded',
  'threatened',
  'hypothetical',
  'denied',
]);

export const EventActor = z.object({
  code: z.string().describe('CAMEO actor code (of the first actor when several are coordinated)'),
  codes: z
    .array(z.string())
    .optional()
    .describe('every actor code when several actors are coordinated ("Russia and China" → RUS, CHN)'),
  entities: z.array(z.string()),
  inferred: z
    .boolean()
    .optional()
    .describe(
      'not named as the actor in the text: inferred by convention (a domestic protest targets its government; people the text does not name are the country the event happens in)',
    ),
});

export const Event = z.object({
  type: z.string().describe('PLOVER event type'),
  mode: z.string().optional(),
  cameo: z.string(),
  goldstein: z.number(),
  quad: z.number().int().min(1).max(4),
  source: EventActor.nullable(),
  target: EventActor.nullable(),
  trigger: Span,
  sentence: z.number().int(),
  time: z.object({ value: z.string(), timex: z.number().int().optional(), inferred: z.boolean() }).nullable(),
  location: Span.extend({ entity: z.string().optional() }).nullable(),
  attribution: z.number().int().optional(),
  modality: Modality,
  negated: z.boolean(),
  subordinate: z
    .boolean()
    .optional()
    .describe(
      'the trigger heads a subordinate clause (purpose, adverbial, relative): background to the main event',
    ),
  confidence: z.number().min(0).max(1),
  evidence: z.array(Span).optional().describe('further spans reporting the same event'),
});

export const CaptionMention = Mention.omit({ entity: true, entities: true }).extend({
  caption: z.number().int().describe("index into `captions`; start/end index that caption's text"),
  name: z.string().describe('canonical name of the entity the caption names'),
  actor: ActorCode.nullable(),
  kb: z.string().optional().describe('knowledge-base id'),
  entity: z.string().optional().describe('id of the body entity with the same knowledge-base id or name'),
});

/** The layers stages produce, each optional until its stage has run. */
export const Layers = z.object({
  sentences: z.array(Span),
  tokens: z.array(Token),
  mentions: z.array(Mention),
  entities: z.array(Entity),
  timexes: z.array(Timex),
  attributions: z.array(Attribution),
  events: z.array(Event),
  captionMentions: z.array(CaptionMention).describe('names in the captions, which are not part of `text`'),
});

export const AnalyzedArticle = Article.extend(Layers.partial().shape);

export type Span = z.infer<typeof Span>;
export type SourceFormat = z.infer<typeof SourceFormat>;
export type Source = z.infer<typeof Source>;
export type Published = z.infer<typeof Published>;
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;
export type Caption = z.infer<typeof Caption>;
export type Dateline = z.infer<typeof Dateline>;
export type Article = z.infer<typeof Article>;
export type Token = z.infer<typeof Token>;
export type MentionType = z.infer<typeof MentionType>;
export type Mention = z.infer<typeof Mention>;
export type ActorCode = z.infer<typeof ActorCode>;
export type Entity = z.infer<typeof Entity>;
export type Timex = z.infer<typeof Timex>;
export type AttributionKind = z.infer<typeof AttributionKind>;
export type Attribution = z.infer<typeof Attribution>;
export type Modality = z.infer<typeof Modality>;
export type EventActor = z.infer<typeof EventActor>;
export type Event = z.infer<typeof Event>;
export type CaptionMention = z.infer<typeof CaptionMention>;
export type Layers = z.infer<typeof Layers>;
export type LayerName = keyof Layers;
export type AnalyzedArticle = z.infer<typeof AnalyzedArticle>;
