import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STATUS_BY_CODE } from '@corridor/http';

/** Every error code of the contract, from the filter's one code-to-status table. */
export const ERROR_CODES = Object.keys(STATUS_BY_CODE);

export class ErrorDetailView {
  /** The offending input, as a path such as `lines[0].quantity`; absent when no one field is at fault. */
  field?: string;

  issue: string;

  /** `INVALID_STATE_TRANSITION`: the status the resource was in. */
  from?: string;

  /** `INVALID_STATE_TRANSITION`: the action attempted. */
  action?: string;

  /** `INVALID_STATE_TRANSITION` on a claimed task: the key of the staff member who holds it. */
  @ApiPropertyOptional({ type: 'string', format: 'uuid' })
  keyId?: string;

  /** `INVALID_STATE_TRANSITION` on a claimed task: the holder's label. */
  label?: string;

  /** `INVALID_STATE_TRANSITION` on a claimed task: when the holder claimed it. */
  @ApiPropertyOptional({ type: 'string', format: 'date-time', nullable: true })
  claimedAt?: string | null;

  /** `RATE_LIMITED`: seconds until a request will be accepted again (also in `Retry-After`). */
  @ApiPropertyOptional({ type: 'integer' })
  retryAfterSeconds?: number;
}

export class ErrorView {
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' })
  code: string;

  /** For people; never a stack trace or SQL. */
  message: string;

  details: ErrorDetailView[];

  /** The response's `X-Request-Id`. */
  requestId: string;
}

/** The body of every 4xx and 5xx response. */
export class ErrorEnvelopeView {
  error: ErrorView;
}
