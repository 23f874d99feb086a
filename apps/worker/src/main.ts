import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { AppConfig } from '@corridor/config';
import { closeOnSignal } from '@corridor/observability';
import { WorkerModule } from './worker.module';
import { startOpsListener } from './ops-listener';

/** Runs the job handlers and the outbox relay; start as many as the queues need. */
async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  await app.init();
  // From SIGTERM on, readiness answers 503 while the workers hand back their jobs and close;
  // the listener stays up until then, so an orchestrator sees the drain.
  let draining = false;
  const ops = await startOpsListener(app, config, () => draining);
  const logger = new Logger('Worker');
  closeOnSignal(app, {
    draining: () => {
      draining = true;
    },
    after: () =>
      new Promise<void>((resolve) => {
        if (!ops) return resolve();
        ops.close(() => resolve());
        ops.closeAllConnections();
      }),
    log: (line) => logger.log(line),
  });
  if (ops) logger.log(`metrics and health on http://${config.host}:${config.workerPort}`);
  logger.log(`Corridor worker running (queue prefix ${config.queuePrefix})`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
