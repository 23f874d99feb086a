import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@corridor/domain';
import { TIMESTAMP, UUID } from './formats';

export class HistoryActorView {
  /** `system` for the pipeline's own moves. */
  @ApiProperty({ enum: [...ROLES, 'system'] })
  role: string;

  /** The API key that made the move; absent for `system` moves. */
  @ApiPropertyOptional(UUID)
  keyId?: string;
}

/** One status change, oldest first; the first item records the creation (`from` null). */
export class HistoryItemView {
  @ApiProperty({ type: 'string', nullable: true })
  from: string | null;

  to: string;

  @ApiProperty(TIMESTAMP)
  at: string;

  actor: HistoryActorView;

  reason?: string;
}
