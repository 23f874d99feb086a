import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, nestLogLevels } from '@corridor/config';
import { WorkerModule } from './worker.module';

/** Runs the job handlers and the outbox relay; start as many as the queues need. */
async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: nestLogLevels(config.logLevel) });
  app.enableShutdownHooks();
  await app.init();
  new Logger('Worker').log(`Corridor worker running (queue prefix ${config.queuePrefix})`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
