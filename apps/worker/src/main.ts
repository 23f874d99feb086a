import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { AppConfig } from '@corridor/config';
import { WorkerModule } from './worker.module';
import { startOpsListener } from './ops-listener';

/** Runs the job handlers and the outbox relay; start as many as the queues need. */
async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  await app.init();
  const ops = await startOpsListener(app, config);
  const logger = new Logger('Worker');
  if (ops) logger.log(`metrics and health on http://${config.host}:${config.workerPort}`);
  logger.log(`Corridor worker running (queue prefix ${config.queuePrefix})`);
  const close = () => ops?.close();
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
