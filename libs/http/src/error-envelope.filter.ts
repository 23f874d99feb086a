import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError, type ErrorDetail } from '@corridor/domain';
import { ERROR_CODE } from '@corridor/observability';

/** The body of every error response, per the API contract. */
export interface ErrorBody {
  /**
   * The stable `code`, a human `message`, per-field `details` (often empty) and the `requestId` that finds the
   * request's log lines.
   */
  error: { code: string; message: string; details: ErrorDetail[]; requestId: string };
}

/**
 * The HTTP status of each contract error code; a code not listed answers `400`. Exported for the OpenAPI document and
 * tests.
 */
const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  BUSINESS_RULE_VIOLATED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_STATE_TRANSITION: 409,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/** An error that already knows its contract code and status. */
export class ApiError extends Error {
  constructor(
    /** The HTTP status to answer with. */
    readonly status: number,
    /** The contract's error code, e.g. `UNAUTHENTICATED` or `RATE_LIMITED`. */
    readonly code: string,
    message: string,
    /**
     * Sent as the envelope's `details`; a `RATE_LIMITED` error's `retryAfterSeconds` also becomes the `Retry-After`
     * header.
     */
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/**
 * The one place errors become HTTP: every 4xx/5xx leaves in the contract's envelope, with
 * the request id, and never with a stack trace or SQL.
 *
 * A client's mistake (4xx) is logged once, by the request log line, which names the code set
 * here; only Corridor's own faults (5xx) are logged here, as errors with their stack. Neither
 * names the URL's query, a body, SQL or its parameters.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // The client went away mid-request (a dropped upload): nothing to answer, nothing broken here.
    // (The request stream itself ends destroyed after a body is read; the socket tells.)
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    if (!request.raw.socket || request.raw.socket.destroyed) {
      this.logger.warn(`${request.method} ${route}: client disconnected (${errorName(exception)})`);
      return;
    }
    const { status, code, message, details } = this.describe(exception);
    (reply.raw as { [ERROR_CODE]?: string })[ERROR_CODE] = code;
    if (status >= 500) this.logger.error(`${request.method} ${route} ${status} ${code}: ${describeFault(exception)}`);
    const body: ErrorBody = { error: { code, message, details, requestId: String(request.id) } };
    if (code === 'RATE_LIMITED' && exception instanceof ApiError) {
      const retry = exception.details.find((d) => d.retryAfterSeconds !== undefined)?.retryAfterSeconds;
      if (retry !== undefined) void reply.header('Retry-After', String(retry));
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  /**
   * The status and envelope fields of anything thrown: domain and API errors as they say, Postgres unique violations as
   * `409 CONFLICT`, bad values as `400`, serialisation failures as a retryable `409`, Nest and Fastify errors by
   * status, and anything else as `500 INTERNAL` with a message that gives nothing away.
   */
  describe(exception: unknown): { status: number; code: string; message: string; details: ErrorDetail[] } {
    if (exception instanceof DomainError) {
      return {
        status: STATUS_BY_CODE[exception.code] ?? 400,
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof ApiError) {
      return { status: exception.status, code: exception.code, message: exception.message, details: exception.details };
    }
    if (isDependencyUnavailable(exception)) {
      return {
        status: 503,
        code: 'UNAVAILABLE',
        message: 'a service this request needs is unavailable; nothing was changed, retry later',
        details: [],
      };
    }
    if (exception instanceof QueryFailedError) {
      const driverError = exception.driverError as { code?: string; constraint?: string };
      if (driverError.code === '23505') {
        return {
          status: 409,
          code: 'CONFLICT',
          message: 'a record with the same natural key already exists',
          details: [{ issue: 'duplicate' }],
        };
      }
      // Class 22 is "data exception": a value the column cannot hold. The input was at fault.
      if (driverError.code?.startsWith('22')) {
        return { status: 400, code: 'VALIDATION_FAILED', message: 'a value is out of range or malformed', details: [] };
      }
      if (driverError.code === '40001' || driverError.code === '40P01') {
        return {
          status: 409,
          code: 'CONFLICT',
          message: 'a concurrent change won; read the resource again and retry',
          details: [],
        };
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      return {
        status,
        code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'),
        message,
        details: [],
      };
    }
    const fastify = exception as { code?: string; statusCode?: number; message?: string };
    if (typeof fastify?.code === 'string' && fastify.code.startsWith('FST_')) return describeFastifyError(fastify);
    if (typeof fastify?.statusCode === 'number' && fastify.statusCode < 500) {
      return {
        status: fastify.statusCode,
        code: CODE_BY_STATUS[fastify.statusCode] ?? 'VALIDATION_FAILED',
        message: fastify.message ?? 'bad request',
        details: [],
      };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL',
      message: 'an internal error occurred',
      details: [],
    };
  }
}

/**
 * SQLSTATEs that say the database, not the request, is the trouble: class 08 (connection
 * exceptions), 53300 (too many connections), 57P01–57P03 (shut down, crashed, starting up).
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|53300|57P0[123])$/;
/**
 * Errors named for a lost connection: ioredis out of retries, and TypeORM's query runner whose
 * client the pool dropped when Postgres went away mid-request (its transaction never committed).
 */
const UNAVAILABLE_ERROR_NAMES = new Set([
  'MaxRetriesPerRequestError',
  'ConnectionIsNotSetError',
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
/** Socket-level failures of reaching Postgres or Redis. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** What pg, its pool, TypeORM and ioredis say when the connection, not the command, failed. */
const UNAVAILABLE_MESSAGE = new RegExp(
  [
    '^Connection terminated',
    'timeout exceeded when trying to connect',
    '^Connection is closed\\.?$',
    "^Stream isn't writeable",
    'Reached the max retries per request limit',
    'Client has encountered a connection error',
    'the database system is (shutting down|starting up|in recovery mode)',
    'terminating connection due to administrator command',
    '^Cannot use a pool after calling end',
  ].join('|'),
);

/**
 * Whether the fault is a dependency that cannot be reached (Postgres or Redis down, refusing,
 * restarting, its pool exhausted), found through the error, the driver error TypeORM wraps,
 * `cause` chains and the errors of an `AggregateError` (a connect tried on several addresses).
 * Such a request could not be accepted: `503 UNAVAILABLE`, not `500`.
 */
export function isDependencyUnavailable(exception: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [exception];
  while (queue.length > 0) {
    const error = queue.shift();
    if (typeof error !== 'object' || error === null || seen.has(error)) continue;
    seen.add(error);
    const { code, name, message, driverError, cause, errors } = error as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (typeof name === 'string' && UNAVAILABLE_ERROR_NAMES.has(name)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}

function errorName(exception: unknown): string {
  return exception instanceof Error ? exception.name : typeof exception;
}

/**
 * A fault as the error log shows it: the stack, whose first line is the message. A failed
 * query shows the driver's message and code only: its SQL and parameters (`query`,
 * `parameters`, the driver's `detail`) can carry anyone's data and stay out of the log.
 */
function describeFault(exception: unknown): string {
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as { code?: string };
    const stack = (exception.stack ?? '').split('\n').slice(1).join('\n');
    return `QueryFailedError (${driverError.code ?? 'no code'}): ${exception.message}\n${stack}`;
  }
  return exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
}

/** Fastify's own refusals (body parsing, size, content type) in contract terms. */
function describeFastifyError(error: { code?: string; statusCode?: number; message?: string }) {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the request body is too large', details: [] };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content type', details: [] };
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'send one file, as the "file" part, with the listed fields',
        details: [{ field: 'file', issue: 'one file per upload' }],
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'the body is not valid JSON',
        details: [{ field: 'body', issue: 'malformed JSON' }],
      };
    default: {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      return {
        status,
        code: CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED',
        message: error.message ?? 'bad request',
        details: [],
      };
    }
  }
}

export { STATUS_BY_CODE };
