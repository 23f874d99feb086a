import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@corridor/config';
import { CarrierSimModule } from './carrier-sim.module';
import type { FaultConfig } from './faults';
import { Logger } from 'nestjs-pino';

const ONE_MIB = 1024 * 1024;

/** Builds the sandbox app without listening, so main.ts and tests share one setup. */
export async function createCarrierSimApp(
  config: AppConfig,
  options: { faults?: FaultConfig } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: ONE_MIB });
  const app = await NestFactory.create<NestFastifyApplication>(CarrierSimModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    // Nest's JSON parser refuses an empty body; ours (below) replaces it.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // JSON only (anything else is 415). Clients often send Content-Type: application/json on a
  // bodiless POST (cancel, handover); Fastify would refuse that, a real carrier API would not.
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    parseJson(request, text, done);
  });
  return app;
}

/** The port to listen on, taken from CARRIER_SIM_URL (which defaults to PORT + 1). */
export function listenPort(carrierSimUrl: string): number {
  const url = new URL(carrierSimUrl);
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
