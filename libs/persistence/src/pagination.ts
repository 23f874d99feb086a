import { DomainError } from '@corridor/domain';
import { UUID_PATTERN } from './ids';

/** One page of a list as the API returns it. */
export interface Page<T> {
  /** At most the asked-for `limit` items, in the list's order. */
  items: T[];
  /** The cursor of the page after this one; null on the last page. */
  nextCursor: string | null;
}

/**
 * Cursors are opaque to clients: the base64url of the last item's sort key. Ids are UUID v7,
 * so "newest first" is "id descending", stable under inserts.
 */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/**
 * The id a cursor from {@link encodeCursor} holds, or undefined without one. Throws `VALIDATION_FAILED` on `cursor` for
 * anything this API did not give out.
 */
export function decodeIdCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID_PATTERN.test(id)) throw DomainError.validation('cursor', 'is not a cursor this API gave out');
  return id;
}

/** A position in a list ordered by `(created_at, id)` descending. */
export interface CreatedKey {
  /** `created_at` to the microsecond, as {@link createdAtKeySql} gives it: a JS Date would drop digits. */
  createdAt: string;
  /** The row's id, which breaks ties between rows created in the same microsecond. */
  id: string;
}

/** SQL for a row's `created_at` in the microsecond-exact text a {@link CreatedKey} carries. */
export function createdAtKeySql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const CREATED_AT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The opaque cursor of a position in a `(created_at, id)` list. */
export function encodeCreatedCursor(key: CreatedKey): string {
  return encodeCursor(`${key.createdAt}|${key.id}`);
}

/**
 * The position a cursor from {@link encodeCreatedCursor} holds, or undefined without one. Throws `VALIDATION_FAILED` on
 * `cursor` for anything this API did not give out.
 */
export function decodeCreatedCursor(cursor: string | undefined): CreatedKey | undefined {
  if (cursor === undefined) return undefined;
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !CREATED_AT_KEY.test(createdAt ?? '') || !UUID_PATTERN.test(id ?? '')) {
    throw DomainError.validation('cursor', 'is not a cursor this API gave out');
  }
  return { createdAt, id };
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => string, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  return {
    items: slice.map(map),
    nextCursor: more && slice.length > 0 ? encodeCursor(keyOf(slice[slice.length - 1])) : null,
  };
}
