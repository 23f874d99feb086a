import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Gauge } from 'prom-client';
import { TASK_TYPES } from '@corridor/domain';
import { collectProcessMetrics, metricsRegistry } from '@corridor/observability';
import { QUEUE_NAMES } from './jobs';
import { Queues } from './queues.service';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape must answer even while Redis or Postgres does not: a gauge left out beats a hung scrape. */
const READ_TIMEOUT_MS = 2000;

/**
 * The gauges both the API and the workers serve, read when `/metrics` is scraped: jobs per
 * queue and state (from BullMQ), the outbox backlog, and the open tasks per type. One
 * instance per process; it also turns on the process defaults.
 *
 * The outbox and task counts are one aggregate query each, over indexed columns; they read
 * the tables directly because this is an operations read model, not a capability's logic.
 */
@Injectable()
export class OpsGauges implements OnModuleInit {
  private readonly logger = new Logger(OpsGauges.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  onModuleInit(): void {
    collectProcessMetrics();
    if (metricsRegistry.getSingleMetric('corridor_queue_jobs')) return;
    const read = <T>(what: string, work: () => Promise<T>) => this.read(what, work);
    const queues = this.queues;
    const dataSource = this.dataSource;
    new Gauge({
      name: 'corridor_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed), read from BullMQ at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [metricsRegistry],
      async collect() {
        this.reset();
        await Promise.all(
          QUEUE_NAMES.map(async (queue) => {
            const counts = await read(`jobs of ${queue}`, () => queues.get(queue).getJobCounts(...QUEUE_STATES));
            if (counts) for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    let outbox: Promise<{ pending: number; oldest: number } | null> | null = null;
    // Both outbox gauges come from one query per scrape.
    const readOutbox = () =>
      (outbox ??= read('the outbox', async () => {
        const [row] = (await dataSource.query(
          `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest
             FROM outbox WHERE published_at IS NULL`,
        )) as { pending: number; oldest: number }[];
        return row ?? { pending: 0, oldest: 0 };
      }).finally(() => setImmediate(() => (outbox = null))));
    new Gauge({
      name: 'corridor_outbox_pending',
      help: 'Outbox rows not yet published to BullMQ.',
      registers: [metricsRegistry],
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.pending);
      },
    });
    new Gauge({
      name: 'corridor_outbox_oldest_age_seconds',
      help: 'Age of the oldest unpublished outbox row, in seconds; 0 when none is pending.',
      registers: [metricsRegistry],
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.oldest);
      },
    });
    new Gauge({
      name: 'corridor_tasks_open',
      help: 'Staff tasks open or claimed, per task type.',
      labelNames: ['type'] as const,
      registers: [metricsRegistry],
      async collect() {
        const rows = await read(
          'open tasks',
          () =>
            dataSource.query(
              `SELECT type, count(*)::int AS n FROM task WHERE status IN ('open', 'claimed') GROUP BY type`,
            ) as Promise<{ type: string; n: number }[]>,
        );
        this.reset();
        if (!rows) return;
        const byType = new Map(rows.map((r) => [r.type, r.n]));
        for (const type of TASK_TYPES) this.set({ type }, byType.get(type) ?? 0);
      },
    });
  }

  private async read<T>(what: string, work: () => Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
    });
    try {
      return await Promise.race([work(), timeout]);
    } catch (error) {
      this.logger.warn(`metrics: could not read ${what}: ${(error as Error).message}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
