// Query-string schemas of the API (zod): invalid input is answered with 400 and the issues.
import { z } from 'zod';
import { decodeCursor } from './cursor.js';

export const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const code = z
  .string()
  .regex(/^[A-Z0-9]{1,15}$/i, 'expected a CAMEO actor code such as PRK or CHNGOV')
  .transform((s) => s.toUpperCase());
export const cameoCode = z
  .string()
  .regex(/^\d{1,4}$/, 'expected a CAMEO event code such as 043, or its prefix');
const limit = z.coerce.number().int().min(1).max(500).default(50);
const offset = z.coerce.number().int().min(0).default(0);

export const ArticlesQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  publisher: z.string().max(200).optional(),
  q: z.string().max(500).optional(),
  limit,
  offset,
});

export const EventsQuery = z.object({
  actor: code
    .optional()
    .describe(
      'source actor: a CAMEO code or its prefix (PRK matches PRKGOV); any of coordinated actors ("Russia and China") matches',
    ),
  target: code.optional().describe('target actor: a CAMEO code or its prefix'),
  involving: code.optional().describe('either side: a CAMEO code or its prefix'),
  type: z
    .string()
    .regex(/^[A-Z]+$/i, 'expected a PLOVER type such as CONSULT')
    .transform((s) => s.toUpperCase())
    .optional(),
  cameo: cameoCode.optional().describe('CAMEO event code or its prefix (04 matches 043)'),
  from: date.optional(),
  to: date.optional(),
  q: z
    .string()
    .max(500)
    .optional()
    .describe('words of the articles (all required); a large match makes total a lower bound'),
  limit,
  offset,
  cursor: z
    .string()
    .max(1000)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (cursor === null) ctx.addIssue({ code: 'custom', message: 'not a cursor given by this API' });
      return cursor ?? z.NEVER;
    })
    .optional()
    .describe(
      'nextCursor or previousCursor of a page of the same query: the page after or before it (offset is then ignored); as fast on the last page as on the first',
    ),
});

export const EntitiesQuery = z.object({
  q: z.string().max(200).optional(),
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
  limit,
  offset,
});

export const Interval = z.enum(['day', 'week', 'month']).default('day');

export const DyadQuery = z.object({
  a: code,
  b: code,
  interval: Interval,
  from: date.optional(),
  to: date.optional(),
});

export const TimelineQuery = z.object({
  actor: code.optional(),
  interval: Interval,
  from: date.optional(),
  to: date.optional(),
});

export const GraphQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(60),
});

export const SearchQuery = z.object({ q: z.string().trim().min(1, 'q is required').max(500), limit, offset });

export const AnalyzeBody = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().url().optional(),
    title: z.string().optional(),
    published: date.optional(),
    format: z.enum(['auto', 'html', 'text', 'plain']).default('auto'),
  })
  .refine((b) => (b.text ?? b.html) !== undefined, { message: 'give "text" or "html"' });
