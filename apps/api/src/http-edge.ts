import { isUtf8 } from 'node:buffer';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@corridor/domain';
import { ERROR_CODE } from '@corridor/observability';
import type { ErrorBody } from '@corridor/http';

/**
 * The longest path parameter any route takes (ids are 36 characters, lot numbers at most 64,
 * tracking numbers as people type them a little more). Longer is `400`, before any handler.
 */
export const MAX_PARAM_LENGTH = 200;

/**
 * What the router itself lets through: far above {@link MAX_PARAM_LENGTH}, so an over-long
 * parameter reaches the hook below (and its request id, headers, log line and metrics) instead
 * of the router's own `414`.
 */
export const ROUTER_MAX_PARAM_LENGTH = 16 * 1024;

/** The one route config flag that lets a route take `multipart/form-data` (uploads). */
export const MULTIPART_ROUTE = { multipart: true } as const;

const JSON_TYPE = 'application/json';
const MULTIPART_TYPE = 'multipart/form-data';

/** The media type of a request, lower-cased and without parameters; `''` when none is sent. */
function mediaTypeOf(request: FastifyRequest): string {
  const header = request.headers['content-type'];
  return (typeof header === 'string' ? header : '').split(';')[0].trim().toLowerCase();
}

/** Whether the request carries a body at all (a length above 0, or a chunked one). */
function hasBody(request: FastifyRequest): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = request.headers['content-length'];
  return length !== undefined && length !== '0';
}

/**
 * Percent-decodes a request target into bytes, or `null` when an escape is malformed. The
 * target as Node hands it over holds each received byte as one latin1 character.
 */
function decodeTarget(target: string): Buffer | null {
  const raw = Buffer.from(target, 'latin1');
  const out = Buffer.allocUnsafe(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (byte !== 0x25) {
      out[n++] = byte;
      continue;
    }
    const hex = raw.subarray(i + 1, i + 3).toString('latin1');
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
    out[n++] = parseInt(hex, 16);
    i += 2;
  }
  return out.subarray(0, n);
}

/**
 * What is wrong with a request target (path and query): a malformed percent escape, a NUL,
 * or bytes that are not well-formed UTF-8 (which includes encoded lone surrogates); `null`
 * when nothing is.
 */
export function targetProblem(target: string): { field: string; issue: string } | null {
  const queryAt = target.indexOf('?');
  const parts: [string, string][] = [
    ['path', queryAt < 0 ? target : target.slice(0, queryAt)],
    ['query', queryAt < 0 ? '' : target.slice(queryAt + 1)],
  ];
  for (const [field, text] of parts) {
    const bytes = decodeTarget(text);
    if (bytes === null) return { field, issue: 'has a malformed percent escape' };
    if (bytes.includes(0)) return { field, issue: 'must not contain a NUL character' };
    if (!isUtf8(bytes)) return { field, issue: 'must be well-formed UTF-8' };
  }
  return null;
}

function refuse(code: 'VALIDATION_FAILED' | 'UNSUPPORTED_MEDIA_TYPE', field: string, issue: string): DomainError {
  const message = code === 'VALIDATION_FAILED' ? `${field} ${issue}` : issue;
  return new DomainError(code, message, [{ field, issue }]);
}

/**
 * Checks every request at the door, before any body is read or any handler runs:
 *
 * - the request target (path parameters and query) holds no NUL, no malformed escape and
 *   only well-formed UTF-8, and no path parameter is longer than {@link MAX_PARAM_LENGTH};
 * - a body is JSON, or `multipart/form-data` on the routes marked {@link MULTIPART_ROUTE}
 *   (uploads); anything else, a body without a content type included, is `415`. So no
 *   form a browser can post cross-site (form-encoded, `text/plain`, multipart) reaches a
 *   JSON route.
 *
 * Registered after the hooks that set the request id and the security headers, so its
 * refusals carry both.
 */
export function installRequestChecks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const error = requestProblem(request);
    if (!error) return;
    // Answered here, not thrown: a plugin's scope (the queue dashboard) has its own error handler.
    const status = error.code === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : 400;
    const body: ErrorBody = {
      error: { code: error.code, message: error.message, details: error.details, requestId: String(request.id) },
    };
    (reply.raw as { [ERROR_CODE]?: string })[ERROR_CODE] = error.code;
    return reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  });
}

function requestProblem(request: FastifyRequest): DomainError | null {
  {
    const problem = targetProblem(request.raw.url ?? request.url);
    if (problem) return refuse('VALIDATION_FAILED', problem.field, problem.issue);
    for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string' && value.length > MAX_PARAM_LENGTH)
        return refuse('VALIDATION_FAILED', name, `must be at most ${MAX_PARAM_LENGTH} characters`);
    }
    if (!hasBody(request)) return null;
    const type = mediaTypeOf(request);
    if (type === JSON_TYPE) return null;
    const config = request.routeOptions.config as { multipart?: boolean } | undefined;
    if (type === MULTIPART_TYPE && config?.multipart === true) return null;
    const sent = type === '' ? 'a body without a content type' : `a ${type} body`;
    const expected = config?.multipart === true ? MULTIPART_TYPE : JSON_TYPE;
    return refuse('UNSUPPORTED_MEDIA_TYPE', 'content-type', `send ${expected}; ${sent} is not accepted`);
  }
}

/**
 * The only body parser besides multipart (which the upload plugin adds): JSON, whose bytes
 * must be well-formed UTF-8 (a decoder would otherwise replace bad bytes silently), kept raw
 * as well for the carriers' signatures. Nest's own parsers (JSON and form-encoded) and
 * Fastify's `text/plain` are not registered.
 */
export function registerJsonParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Through Nest, so it keeps `rawBody` on the request and registers no parsers of its own.
  app.useBodyParser(JSON_TYPE, { bodyLimit }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(refuse('VALIDATION_FAILED', 'body', 'must be well-formed UTF-8'), undefined);
    parseJson(request as FastifyRequest, bytes.toString('utf8'), done);
  });
}

/**
 * Errors the router raises itself, before any hook runs (a path whose escapes do not
 * decode, a parameter over the router's own limit): the contract's envelope, with the
 * request id and the baseline headers, instead of Fastify's own body.
 */
export function frameworkErrorHandler(baselineHeaders: () => Readonly<Record<string, string>>) {
  return (error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void => {
    const detail =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? { field: 'path', issue: `a parameter must be at most ${MAX_PARAM_LENGTH} characters` }
        : { field: 'path', issue: 'must be well-formed UTF-8 with valid percent escapes' };
    const body: ErrorBody = {
      error: {
        code: 'VALIDATION_FAILED',
        message: `${detail.field} ${detail.issue}`,
        details: [detail],
        requestId: String(request.id),
      },
    };
    (reply.raw as { [ERROR_CODE]?: string })[ERROR_CODE] = 'VALIDATION_FAILED';
    void reply
      .status(400)
      .headers({ ...baselineHeaders(), 'x-request-id': String(request.id) })
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  };
}
