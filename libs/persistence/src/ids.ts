import { v7 } from 'uuid';

/** Ids are UUID v7, made by the service: time-ordered, so "newest first" is "id descending". */
export function newId(): string {
  return v7();
}

/** Any UUID in its hyphenated text form, either case: checked before a client's text is used as a `uuid`. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The smallest UUID v7 made at or after `at`: ids are time-ordered, so `id >= firstIdAt(t)` picks
 * the rows created since `t` off the primary key, with no index on a timestamp.
 */
export function firstIdAt(at: Date): string {
  const ms = Math.max(0, Math.floor(at.getTime())).toString(16).padStart(12, '0');
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7000-8000-000000000000`;
}
