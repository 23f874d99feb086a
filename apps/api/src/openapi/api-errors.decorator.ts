import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { STATUS_BY_CODE } from '@corridor/http';
import { ErrorEnvelopeView } from './error-envelope.view';

/** What each contract error code tells the client. */
const MEANING = {
  VALIDATION_FAILED: 'the request does not fit the schema (unknown fields, wrong types, malformed JSON)',
  BUSINESS_RULE_VIOLATED: 'the request is well formed, but the domain refuses it',
  UNAUTHENTICATED: 'the API key is missing, unknown or revoked',
  FORBIDDEN: "the caller's role may never use this route",
  NOT_FOUND: "no such resource in the caller's scope",
  INVALID_STATE_TRANSITION: 'the status does not allow this move (`details` name `from` and `action`)',
  CONFLICT: 'a natural key is already taken, or a concurrent change won',
  IDEMPOTENCY_KEY_IN_USE: 'the first request with this `Idempotency-Key` is still running; retry shortly',
  PAYLOAD_TOO_LARGE: 'the body is over 1 MiB (JSON) or 10 MiB (uploads)',
  UNSUPPORTED_MEDIA_TYPE: 'the body is not of a content type this route takes',
  IDEMPOTENCY_KEY_REUSED: 'this `Idempotency-Key` was used with a different request',
  RATE_LIMITED: 'over `RATE_LIMIT_PUBLIC` requests a minute from this address; retry after `Retry-After` seconds',
  UNAVAILABLE: 'a dependency is down and the request could not be accepted safely',
  INTERNAL: 'an unexpected failure',
} as const;

export type ErrorCode = keyof typeof MEANING;

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds until a request will be accepted again.', schema: { type: 'integer' } },
};

/**
 * The error responses of a route, from the contract codes it can give: one response per
 * status, its description naming the codes, its body the shared {@link ErrorEnvelopeView}.
 * `500 INTERNAL` and `503 UNAVAILABLE` are always listed: any route can fail unexpectedly, and
 * any route that reads or writes answers `503` while Postgres or Redis is down.
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...new Set<ErrorCode>([...codes, 'UNAVAILABLE', 'INTERNAL'])]) {
    const status = STATUS_BY_CODE[code];
    if (status === undefined) throw new Error(`${code} has no HTTP status in STATUS_BY_CODE`);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, group]) =>
      ApiResponse({
        status,
        description: group.map((code) => `\`${code}\`: ${MEANING[code]}`).join('; '),
        type: ErrorEnvelopeView,
        ...(group.includes('RATE_LIMITED') ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}
