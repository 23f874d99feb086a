import { v7 } from 'uuid';

/** Ids are UUID v7, made by the service: time-ordered, so "newest first" is "id descending". */
export function newId(): string {
  return v7();
}

/** Any UUID in its hyphenated text form, either case: checked before a client's text is used as a `uuid`. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
