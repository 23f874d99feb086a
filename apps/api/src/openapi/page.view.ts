import { ApiProperty } from '@nestjs/swagger';

/**
 * One page of a collection, newest first (stores by code): `items`, typed by each route, and
 * `nextCursor`. Pass `nextCursor` back as `cursor` for the next page; `null` on the last one.
 */
export class PageView {
  @ApiProperty({ type: 'string', nullable: true, example: 'MDE5M2E0YzQtN2IzZC03MDAwLTgwMDAtMDAwMDAwMDAwMDAx' })
  nextCursor: string | null;
}
