/** Keyset paging: opaque cursors that name the last item of a page, and the limits every paged query accepts. */

/** Which page to read: after the item a previous page's `nextCursor` named, at most `limit` items. */
export interface PageRequest {
  readonly cursor?: string | null;
  readonly limit?: number;
}

/** One page of results. `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** Thrown for a cursor this code did not produce, or a page size out of range. */
export class BadPageRequestError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'BadPageRequestError';
  }
}

/** The page size to use, checked. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadPageRequestError(`page size must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
  }
  return limit;
}

/** Encodes the key parts of the last item of a page into an opaque cursor. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor whose parts have the given types. */
export function decodeCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string,
  types: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const ok = Array.isArray(parts) && parts.length === types.length && parts.every((p, i) => typeof p === types[i]);
  if (!ok) throw new BadPageRequestError('this page cursor is not valid here; start again from the first page');
  return parts as { [K in keyof T]: T[K] extends 'number' ? number : string };
}

/** Splits `limit + 1` fetched rows into a page and the cursor of its last item. */
export function toPage<R, T>(rows: readonly R[], limit: number, map: (row: R) => T, cursorOf: (row: R) => readonly (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}
