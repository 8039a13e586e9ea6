import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: unknown,
) {
  return c.json({ error: { code, message, ...(issues ? { issues } : {}) } }, status);
}

/** Parses a request's query with a zod schema, or answers 400 naming what is wrong. */
export function parseQuery<S extends z.ZodType>(
  c: Context,
  schema: S,
): { ok: true; value: z.infer<S> } | { ok: false; response: Response } {
  const result = schema.safeParse(c.req.query());
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
  return { ok: false, response: apiError(c, 400, 'E_BAD_QUERY', message, result.error.issues) };
}
