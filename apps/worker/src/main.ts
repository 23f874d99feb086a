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
  await app.init();
  const ops = await startOpsListener(app, config);
  const logger = new Logger('Worker');
  if (ops) logger.log(`metrics and health on http://${config.host}:${config.workerPort}`);
  logger.log(`Corridor worker running (queue prefix ${config.queuePrefix})`);
  // Not Nest's shutdown hooks: after closing they re-raise the signal, so a clean stop ended
  // "killed by SIGTERM" rather than with exit code 0, and a supervisor could not tell it from a
  // crash. Closing runs the job workers' bounded hand-back (WORKER_SHUTDOWN_TIMEOUT_MS) first.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    ops?.close();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `corridor worker failed to stop cleanly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
