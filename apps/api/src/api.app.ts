import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import cookie from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@corridor/config';
import { createValidationPipe } from '@corridor/http';
import { ApiModule } from './api.module';
import { registerConsole } from './console-static';
import { createOpenApiDocument } from './openapi/openapi-document';
import { mountQueueDashboard } from './queue-dashboard';
import { installObservability } from './observability/install-observability';
import { ROUTER_MAX_PARAM_LENGTH, frameworkErrorHandler, installRequestChecks, registerJsonParser } from './http-edge';
import { baselineSecurityHeaders, registerSecurityHeaders } from './security-headers';

const ONE_MIB = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the API (Fastify, validation, docs) without listening, so main.ts and tests share it. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: ONE_MIB,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: ROUTER_MAX_PARAM_LENGTH },
    // What the router refuses itself (a path that does not decode) leaves in the envelope too.
    frameworkErrors: frameworkErrorHandler(() => baselineSecurityHeaders(config)),
    // Echo a sane client X-Request-Id; otherwise make one.
    // Kept on the raw request too, where the request log reads it.
    genReqId: (req: { headers: Record<string, string | string[] | undefined>; id?: unknown }) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      req.id = id;
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    bufferLogs: true,
    rawBody: true,
  });
  installObservability(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  await registerSecurityHeaders(app, config);
  installRequestChecks(fastify);
  registerJsonParser(app, ONE_MIB);
  await app.register(multipart as never, { limits: { fileSize: 10 * ONE_MIB, files: 1 } });
  await app.register(cookie as never);
  await mountQueueDashboard(app);
  await registerConsole(app);
  app.useGlobalPipes(createValidationPipe());
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
