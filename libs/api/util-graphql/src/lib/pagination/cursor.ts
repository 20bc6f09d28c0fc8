import { ApiError } from '../errors/api-error';

/** What a cursor points at: a position in an ordered list, or the sort key of the last item seen. */
export type CursorPosition = { readonly offset: number } | { readonly key: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const OFFSET = /^o:(0|[1-9][0-9]{0,15})$/;
const KEY = /^k:(.+)$/s;

/** Cursors are opaque to clients (base64url), so the way pages are found can change without breaking them. */
export function encodeCursor(position: CursorPosition): string {
  const raw = 'offset' in position ? `o:${position.offset}` : `k:${position.key}`;
  return Buffer.from(raw, 'utf8').toString('base64url');
}

/** The position a cursor encodes, or undefined when it is not a cursor this API made. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (!BASE64URL.test(cursor)) return undefined;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's decoder skips what it cannot read: only a cursor that encodes back to itself is ours
  if (Buffer.from(raw, 'utf8').toString('base64url') !== cursor) return undefined;
  const offset = OFFSET.exec(raw);
  if (offset) {
    const value = Number(offset[1]);
    return Number.isSafeInteger(value) ? { offset: value } : undefined;
  }
  const key = KEY.exec(raw);
  return key ? { key: key[1] } : undefined;
}

/** The offset an `after` cursor points at, or BAD_USER_INPUT naming the argument. */
export function decodeOffsetCursor(cursor: string, field = 'after'): number {
  const position = decodeCursor(cursor);
  if (!position || !('offset' in position)) {
    const message = `${field} is not a cursor of this list`;
    throw ApiError.badInput(`Invalid input: ${message}`, [{ field, message }]);
  }
  return position.offset;
}
