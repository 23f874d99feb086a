import { createServer, type Server, type ServerResponse } from 'node:http';
import { metricsAuthorized, metricsRegistry } from './metrics';

export interface OpsServerOptions {
  port: number;
  host: string;
  /** `METRICS_TOKEN`; undefined leaves `/metrics` open. */
  metricsToken: string | undefined;
  /** Whether the process's dependencies answer (Postgres, Redis): `/health/ready` is 503 otherwise. */
  ready: () => Promise<Record<string, boolean>>;
}

/**
 * A worker's small HTTP listener: `/metrics`, `/health/live` and `/health/ready`, nothing else.
 * Plain node:http, since a worker has no HTTP layer of its own.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { status: 'error' });
    if (path === '/health/live') return json(response, 200, { status: 'ok' });
    if (path === '/health/ready') {
      void options.ready().then(
        (checks) => {
          const up = Object.values(checks).every(Boolean);
          const info = Object.fromEntries(
            Object.entries(checks).map(([name, ok]) => [name, { status: ok ? 'up' : 'down' }]),
          );
          json(response, up ? 200 : 503, { status: up ? 'ok' : 'error', info });
        },
        () => json(response, 503, { status: 'error' }),
      );
      return;
    }
    if (path === '/metrics') {
      if (!metricsAuthorized(options.metricsToken, request.headers.authorization)) {
        response.setHeader('WWW-Authenticate', 'Bearer');
        return json(response, 401, {
          error: { code: 'UNAUTHENTICATED', message: 'a valid metrics token is required' },
        });
      }
      void metricsRegistry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': metricsRegistry.contentType });
          response.end(text);
        },
        () => json(response, 500, { error: { code: 'INTERNAL', message: 'metrics could not be collected' } }),
      );
      return;
    }
    json(response, 404, { error: { code: 'NOT_FOUND', message: 'no such route' } });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
