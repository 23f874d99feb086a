import { ApiProperty } from '@nestjs/swagger';

/**
 * One page of a collection, newest first (stores by code): `items`, typed by each route, and
 * `nextCursor`. Pass `nextCursor` back as `cursor` for the next page; `null` on the last one.
 */
export class PageView {
  /** The page's items; each list route gives their schema. */
  // Open here (any schema): a typed `object` would intersect with each route's own items and
  // leave a generated client nothing it could read.
  @ApiProperty({ anyOf: [{}] })
  items: unknown;

  @ApiProperty({ type: 'string', nullable: true, example: 'MDE5M2E0YzQtN2IzZC03MDAwLTgwMDAtMDAwMDAwMDAwMDAx' })
  nextCursor: string | null;
}
