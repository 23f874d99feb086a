/** Stable error codes of the API contract that the domain can raise. */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'BUSINESS_RULE_VIOLATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID_STATE_TRANSITION'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAVAILABLE';

export interface ErrorDetail {
  field?: string;
  issue: string;
  [key: string]: unknown;
}

/** A refusal the caller can act on; mapped to HTTP by the one exception filter. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(field: string, issue: string): DomainError {
    return new DomainError('VALIDATION_FAILED', `${field} ${issue}`, [{ field, issue }]);
  }

  static rule(message: string, field?: string): DomainError {
    return new DomainError('BUSINESS_RULE_VIOLATED', message, [{ ...(field ? { field } : {}), issue: message }]);
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError('CONFLICT', message, [{ ...(field ? { field } : {}), issue: message }]);
  }
}

/** A move that the aggregate's state machine does not allow from its current status. */
export class InvalidTransitionError extends DomainError {
  constructor(
    readonly aggregate: string,
    readonly from: string,
    readonly action: string,
  ) {
    super('INVALID_STATE_TRANSITION', `${aggregate} cannot ${action} from status ${from}`, [
      { issue: 'transition not allowed', from, action },
    ]);
  }
}
