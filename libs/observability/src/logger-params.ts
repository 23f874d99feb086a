import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '@corridor/config';

/** Set on the raw request by the HTTP layer once Fastify has routed it. */
export const ROUTE_TEMPLATE = Symbol.for('corridor.routeTemplate');
/** Set on the raw response by the error filter: the contract code of a 4xx/5xx. */
export const ERROR_CODE = Symbol.for('corridor.errorCode');

/** `originalUrl`: where the HTTP layer's middleware runner (middie) keeps the URL it rewrites for mounted middleware. */
type RawRequest = IncomingMessage & { originalUrl?: string; [ROUTE_TEMPLATE]?: string };
type RawResponse = ServerResponse & { [ERROR_CODE]?: string };

/**
 * Headers that carry credentials. Request lines log no headers and no bodies at all; these
 * paths are redacted too, so a line that one day logs a request whole still hides them.
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers["x-carrier-signature"]',
  'req.headers["webhook-signature"]',
  'res.headers["set-cookie"]',
];

/** Routes polled by probes and scrapers: a line per poll would drown the rest. */
const QUIET = /^\/(health\/|metrics$)/;

/** The path without its query string, which may carry search terms (an email, a phone). */
function pathOf(req: RawRequest): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
}

function routeOf(req: RawRequest): string {
  return req[ROUTE_TEMPLATE] ?? pathOf(req);
}

/**
 * nestjs-pino settings shared by the API and the worker: JSON lines (pino-pretty in
 * development), `LOG_LEVEL`, and one line per request that a reader of the log can trust
 * with no secret: method, route template, status, contract code, request id, duration.
 */
export function loggerParams(config: AppConfig, app: string): Params {
  const options = {
    level: config.logLevel,
    base: { app },
    redact: { paths: REDACTED, censor: '[redacted]' },
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    // The API puts Fastify's request id on the raw request; elsewhere each request gets one.
    genReqId: (req: RawRequest) => req.id ?? randomUUID(),
    serializers: {
      req: (req: RawRequest) => ({ method: req.method, url: pathOf(req) }),
      res: (res: RawResponse) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: RawRequest) => QUIET.test(pathOf(req)) },
    // A client's mistake is a warning; only Corridor's own faults are errors.
    customLogLevel: (_req: RawRequest, res: RawResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (req: RawRequest, res: RawResponse) => `${req.method} ${routeOf(req)} ${res.statusCode}`,
    customErrorMessage: (req: RawRequest, res: RawResponse) => `${req.method} ${routeOf(req)} ${res.statusCode}`,
    customSuccessObject: (req: RawRequest, res: RawResponse, value: Record<string, unknown>) => ({
      ...value,
      route: routeOf(req),
      ...(res[ERROR_CODE] ? { code: res[ERROR_CODE] } : {}),
    }),
    // The stack of a 5xx is logged once, by the error filter; this line only closes the request.
    customErrorObject: (req: RawRequest, res: RawResponse, _error: Error, value: Record<string, unknown>) => ({
      res: value.res,
      responseTime: value.responseTime,
      route: routeOf(req),
      code: res[ERROR_CODE] ?? 'INTERNAL',
    }),
  };
  if (config.nodeEnv !== 'development') return { pinoHttp: options as never };
  const stream = pretty({ colorize: process.stdout.isTTY, singleLine: true, ignore: 'pid,hostname,app' });
  return { pinoHttp: [options, stream] as never };
}
