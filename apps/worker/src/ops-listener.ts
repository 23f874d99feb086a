import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { QUEUE_NAMES, Queues } from '@corridor/queue';
import { startOpsServer } from '@corridor/observability';

const CHECK_TIMEOUT_MS = 2000;

/** Resolves true when `check` answers in time, false when it fails or hangs (Redis commands queue while it is away). */
async function answers(check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The worker's `/metrics` and `/health/*` on `WORKER_PORT`; none when it is unset. Ready
 * means Postgres and Redis both answer and the worker is not shutting down (`draining`).
 */
export async function startOpsListener(
  app: INestApplicationContext,
  config: AppConfig,
  draining: () => boolean,
): Promise<Server | null> {
  if (config.workerPort === undefined) return null;
  const dataSource = app.get(DataSource);
  const queue = app.get(Queues).get(QUEUE_NAMES[0]!);
  return startOpsServer({
    port: config.workerPort,
    host: config.host,
    metricsToken: config.metricsToken,
    draining,
    ready: async () => {
      const [postgres, redis] = await Promise.all([
        answers(() => dataSource.query('SELECT 1')),
        answers(() => queue.getJobCounts('waiting')),
      ]);
      return { postgres, redis };
    },
  });
}
