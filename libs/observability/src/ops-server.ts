import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { metricsAuthorized, metricsRegistry } from './metrics';

/** What a worker's ops listener serves and where. */
export interface OpsServerOptions {
  /** TCP port to listen on (`WORKER_PORT`); 0 picks a free one. */
  port: number;
  /** Address to bind, the process's `HOST`. */
  host: string;
  /** `METRICS_TOKEN`; undefined leaves `/metrics` open. */
  metricsToken: string | undefined;
  /** Whether the process's dependencies answer (Postgres, Redis): `/health/ready` is 503 otherwise. */
  ready: () => Promise<Record<string, boolean>>;
  /** True once the process has begun shutting down: `/health/ready` is 503 from then on. */
  draining?: () => boolean;
}

/**
 * A worker's small HTTP listener: `/metrics`, `/health/live` and `/health/ready`, nothing else.
 * Plain node:http, since a worker has no HTTP layer of its own.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    response.setHeader('X-Request-Id', requestIdOf(request));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return fail(request, response, 405, 'VALIDATION_FAILED', 'only GET and HEAD are served here');
    if (path === '/health/live') return json(response, 200, { status: 'ok' });
    if (path === '/health/ready') {
      if (options.draining?.())
        return fail(request, response, 503, 'UNAVAILABLE', 'not ready: shutting down, taking no new work');
      void options.ready().then(
        (checks) => {
          const down = Object.entries(checks)
            .filter(([, ok]) => !ok)
            .map(([name]) => name);
          if (down.length > 0)
            return fail(request, response, 503, 'UNAVAILABLE', `not ready: ${down.join(', ')} unreachable`, down);
          const info = Object.fromEntries(Object.keys(checks).map((name) => [name, { status: 'up' }]));
          json(response, 200, { status: 'ok', info });
        },
        () => fail(request, response, 503, 'UNAVAILABLE', 'not ready: the checks could not run'),
      );
      return;
    }
    if (path === '/metrics') {
      if (!metricsAuthorized(options.metricsToken, request.headers.authorization)) {
        response.setHeader('WWW-Authenticate', 'Bearer');
        return fail(request, response, 401, 'UNAUTHENTICATED', 'a valid metrics token is required');
      }
      void metricsRegistry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': metricsRegistry.contentType });
          response.end(text);
        },
        () => fail(request, response, 500, 'INTERNAL', 'metrics could not be collected'),
      );
      return;
    }
    fail(request, response, 404, 'NOT_FOUND', 'no such route: a worker serves /metrics and /health/* only');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's sane `X-Request-Id`, echoed as the API does; otherwise a new one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** An error in the contract's envelope, with the request id the response header carries. */
function fail(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  down: string[] = [],
): void {
  const requestId = String(response.getHeader('X-Request-Id') ?? requestIdOf(request));
  const details = down.map((name) => ({ field: name, issue: 'unreachable' }));
  json(response, status, { error: { code, message, details, requestId } });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
