// Opaque page cursors of /api/events: the event a page starts after (or ends before) in the event
// order, and the page's position, so a cursor page still says which items of the total it shows.
// Clients pass them back as they are; their form may change between versions.
import type { EventKey } from '../store/store.js';

export interface Cursor {
  /** `after`: the page starts after `key`; `before`: it ends before `key`. */
  direction: 'after' | 'before';
  key: EventKey;
  /** Number of events before the page's first one. */
  offset: number;
}

export function encodeCursor({ direction, key, offset }: Cursor): string {
  const fields = [direction === 'after' ? 'a' : 'b', Math.max(0, offset), key.date, key.articleId, key.index];
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/** The cursor a string encodes, or null when it is not one this API made. */
export function decodeCursor(text: string): Cursor | null {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length !== 5) return null;
  const [direction, offset, date, articleId, index] = fields;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if ((direction !== 'a' && direction !== 'b') || !whole(offset) || !whole(index)) return null;
  if ((date !== null && typeof date !== 'string') || typeof articleId !== 'string') return null;
  return { direction: direction === 'a' ? 'after' : 'before', offset, key: { date, articleId, index } };
}
