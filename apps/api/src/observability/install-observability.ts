import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ROUTE_TEMPLATE, httpRequestDuration } from '@corridor/observability';
import { RequestContextInterceptor } from './request-context.interceptor';

/**
 * Logs through nestjs-pino, times every answered request by route template for
 * `http_request_duration_seconds`, and gives handlers their request context.
 */
export function installObservability(app: NestFastifyApplication): void {
  app.useLogger(app.get(Logger));
  app.useGlobalInterceptors(new RequestContextInterceptor());
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request) => {
    // The template, never the raw URL: ids in paths would make a series per resource.
    const route = request.routeOptions.url;
    if (route) (request.raw as { [ROUTE_TEMPLATE]?: string })[ROUTE_TEMPLATE] = route;
  });
  fastify.addHook('onResponse', async (request, reply) => {
    httpRequestDuration().observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
