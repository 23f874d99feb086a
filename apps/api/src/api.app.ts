import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import cookie from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import { AppConfig, nestLogLevels } from '@corridor/config';
import { createValidationPipe } from '@corridor/http';
import { ApiModule } from './api.module';
import { registerConsole } from './console-static';
import { createOpenApiDocument } from './openapi/openapi-document';
import { mountQueueDashboard } from './queue-dashboard';

const ONE_MIB = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the API (Fastify, validation, docs) without listening, so main.ts and tests share it. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: ONE_MIB,
    trustProxy: config.trustProxy,
    // Echo a sane client X-Request-Id; otherwise make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: nestLogLevels(config.logLevel),
    rawBody: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  await app.register(multipart as never, { limits: { fileSize: 10 * ONE_MIB, files: 1 } });
  await app.register(cookie as never);
  await mountQueueDashboard(app);
  await registerConsole(app);
  app.useGlobalPipes(createValidationPipe());
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
