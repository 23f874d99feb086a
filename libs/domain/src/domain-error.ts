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

/**
 * One entry of an error's `details`: which input was wrong and how, plus any facts the refusal names (e.g. `from` and
 * `action` of a refused transition).
 */
export interface ErrorDetail {
  /**
   * The request field at fault as a dotted path (`lines[0].sku`); absent when the refusal is about the whole request.
   */
  field?: string;
  /** What is wrong with it, in words a caller can show, e.g. "must be at most 200 characters". */
  issue: string;
  [key: string]: unknown;
}

/** A refusal the caller can act on; mapped to HTTP by the one exception filter. */
export class DomainError extends Error {
  constructor(
    /** The stable contract code; the exception filter maps it to the HTTP status. */
    readonly code: DomainErrorCode,
    message: string,
    /** Per-field explanations, sent as the envelope's `details`; empty when the message says it all. */
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** `VALIDATION_FAILED` (HTTP 400) for one bad input field; the message reads "<field> <issue>". */
  static validation(field: string, issue: string): DomainError {
    return new DomainError('VALIDATION_FAILED', `${field} ${issue}`, [{ field, issue }]);
  }

  /**
   * `BUSINESS_RULE_VIOLATED` (HTTP 400): the input is well formed but the business refuses it, optionally naming the
   * field that decided it.
   */
  static rule(message: string, field?: string): DomainError {
    return new DomainError('BUSINESS_RULE_VIOLATED', message, [{ ...(field ? { field } : {}), issue: message }]);
  }

  /** `NOT_FOUND` (HTTP 404) for the thing named: `notFound('Shipment')` reads "Shipment not found". */
  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  /**
   * `FORBIDDEN` (HTTP 403): the caller may not do this, whatever the input's content; e.g. a body naming a store or
   * supplier outside the key's scope (answered alike whether or not that store or supplier exists).
   */
  static forbidden(message: string, field?: string): DomainError {
    return new DomainError('FORBIDDEN', message, [{ ...(field ? { field } : {}), issue: message }]);
  }

  /** `CONFLICT` (HTTP 409): the request clashes with current state, such as a duplicate key or a stale version. */
  static conflict(message: string, field?: string): DomainError {
    return new DomainError('CONFLICT', message, [{ ...(field ? { field } : {}), issue: message }]);
  }
}

/** A move that the aggregate's state machine does not allow from its current status. */
export class InvalidTransitionError extends DomainError {
  constructor(
    /** The aggregate refused, as named in its state machine ("shipment"). */
    readonly aggregate: string,
    /** The status it was in when the move was refused. */
    readonly from: string,
    /** The move that was asked for. */
    readonly action: string,
  ) {
    super('INVALID_STATE_TRANSITION', `${aggregate} cannot ${action} from status ${from}`, [
      { issue: 'transition not allowed', from, action },
    ]);
  }
}
