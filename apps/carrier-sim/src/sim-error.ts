import { HttpException } from '@nestjs/common';

export type SimErrorCode =
  | 'VALIDATION_FAILED'
  | 'BUSINESS_RULE_VIOLATED'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'INVALID_STATE_TRANSITION'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface SimErrorDetail {
  field?: string;
  issue: string;
  [key: string]: unknown;
}

export interface ErrorEnvelope {
  error: { code: SimErrorCode; message: string; details: SimErrorDetail[] };
}

/** A refusal in the same envelope Corridor's own API uses, so one client parser fits both. */
export class SimError extends HttpException {
  constructor(status: number, code: SimErrorCode, message: string, details: SimErrorDetail[] = []) {
    const body: ErrorEnvelope = { error: { code, message, details } };
    super(body, status);
  }

  static validation(issues: ReadonlyArray<{ field?: string; issue: string }>): SimError {
    const details: SimErrorDetail[] = issues.map((i) => ({ ...i }));
    const first = details[0];
    const message = first ? `${first.field ? `${first.field} ` : ''}${first.issue}` : 'request is invalid';
    return new SimError(400, 'VALIDATION_FAILED', message, details);
  }

  /** What a carrier answers when its booking system is briefly down; nothing was done. */
  static unavailable(): SimError {
    return new SimError(503, 'UNAVAILABLE', 'the booking service is temporarily unavailable, try again later');
  }

  static notFound(what: string): SimError {
    return new SimError(404, 'NOT_FOUND', `${what} not found`);
  }

  static invalidTransition(from: string, action: string): SimError {
    return new SimError(409, 'INVALID_STATE_TRANSITION', `cannot ${action} a booking that is ${from}`, [
      { issue: `cannot ${action} from ${from}`, from, action },
    ]);
  }
}
